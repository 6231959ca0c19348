import { Measure } from '../../src/history/history-row.input';
import { measureTitle } from '../../src/history/measure-title';
import { prepareHistory } from '../../src/history/prepare-history';
import { readHistoryFile } from '../../src/history/read-history-file';
import { SHIPPED_HISTORY } from '../../src/history/load-shipped-history';

describe('the title of a history measure', () => {
  it('says one diplomat in the singular, a number in the plural, and no number when none is stated', () => {
    expect(measureTitle('Latvia', Measure.EXPULSION, ['Russia'], 1)).toBe(
      'Latvia expels a diplomat of Russia',
    );
    expect(measureTitle('France', Measure.EXPULSION, ['Russia'], 6)).toBe(
      'France expels 6 diplomats of Russia',
    );
    expect(measureTitle('Russia', Measure.EXPULSION, ['Belgium'], undefined)).toBe(
      'Russia expels diplomats of Belgium',
    );
  });

  it('names what each kind does to the target, with the number of people when it has one', () => {
    expect(measureTitle('Slovenia', Measure.STAFF_REDUCTION, ['Russia'], 33)).toBe(
      'Slovenia cuts the mission staff of Russia by 33 people',
    );
    expect(measureTitle('Spain', Measure.STAFF_REDUCTION, ['North Korea'], 1)).toBe(
      'Spain cuts the mission staff of North Korea by one person',
    );
    expect(measureTitle('Türkiye', Measure.SUMMONS, ['Russia'], undefined)).toBe(
      'Türkiye summons the envoy of Russia',
    );
    expect(measureTitle('Iran', Measure.ARREST, ['United Kingdom'], 1)).toBe(
      'Iran arrests an official of United Kingdom',
    );
    expect(measureTitle('Russia', Measure.EXPULSION, ['Albania', 'Australia'], 59)).toBe(
      'Russia expels 59 diplomats of Albania, Australia',
    );
  });

  it('never reads "1 diplomats", "some" or a bare state as the object in the shipped history', () => {
    const { prepared } = prepareHistory(readHistoryFile(SHIPPED_HISTORY));
    const titles = prepared!.events.map((event) => event.props['title'] as string);
    expect(
      titles.filter((title) => /\b1 \w+s\b|\bsome\b|(summons|arrests|sanctions) [A-Z]/.test(title)),
    ).toEqual([]);
  });
});
