import { controlCharacterProblems } from '../../src/domain/control-characters';
import { prepareHistory } from '../../src/history/prepare-history';

describe('control characters in text', () => {
  it('finds them at any depth, at their path, and lets tab, line feed and carriage return pass', () => {
    expect(
      controlCharacterProblems({ title: 'ok\tline\r\n', events: [{ quote: 'x' }, { quote: 'a\u0000' }] }),
    ).toEqual([
      { path: 'events[1].quote', message: 'holds a control character (U+0000) that text may not contain' },
    ]);
    expect(controlCharacterProblems('\u007f')).toEqual([
      { path: '(value)', message: 'holds a control character (U+007F) that text may not contain' },
    ]);
    expect(controlCharacterProblems(['é', 'ü', '—', 42, null])).toEqual([]);
  });

  it('refuses a history row holding one, at its row and column', () => {
    const { problems } = prepareHistory([
      { id: 'a', date: '2021-04-01', actor: 'CZ', target: 'RU', measure: 'expulsion', notes: 'bell\u0007' },
    ]);
    expect(problems).toEqual([
      { path: 'row 1.notes', message: 'holds a control character (U+0007) that text may not contain' },
    ]);
  });
});
