import { STATES, findState, isKnownStateId } from '../../src/reference/state-reference';

describe('the state reference', () => {
  it('holds every ISO 3166-1 entry with codes and names', () => {
    expect(STATES.length).toBeGreaterThanOrEqual(249);
    expect(STATES.find((state) => state.iso2 === 'FR')).toMatchObject({
      id: 'state:FR',
      iso3: 'FRA',
      isoNumeric: '250',
      name: 'France',
      wikidataId: 'Q142',
    });
  });

  it('keeps common aliases in several languages', () => {
    const russia = STATES.find((state) => state.iso2 === 'RU');
    expect(russia?.aliases).toEqual(expect.arrayContaining(['Russia', 'Russie', 'Россия']));
    expect(russia?.wikidataId).toBe('Q159');
  });

  it('stores no unconfirmed Wikidata id', () => {
    expect(
      STATES.filter((state) => state.wikidataId !== null)
        .map((state) => state.iso2)
        .sort(),
    ).toEqual(['FR', 'RU']);
  });

  it.each([
    ['FR', 'state:FR'],
    ['fra', 'state:FR'],
    ['Russia', 'state:RU'],
    ['United Kingdom', 'state:GB'],
    ['Czechia', 'state:CZ'],
  ])('finds %s', (input, id) => {
    expect(findState(input)?.id).toBe(id);
  });

  it('finds nothing for an unknown name and knows valid ids', () => {
    expect(findState('Narnia')).toBeUndefined();
    expect(isKnownStateId('state:DE')).toBe(true);
    expect(isKnownStateId('state:XX')).toBe(false);
  });
});
