import { InvalidInputError } from '../../src/domain/errors';
import { inferenceOptions } from '../../src/inference/infer-options';

describe('the options of npm run infer', () => {
  it('reads a period, a window and a threshold', () => {
    expect(
      inferenceOptions({ from: '2022-01-01', to: '2022-12-31', windowDays: '60', minScore: '0.5' }),
    ).toEqual({ from: '2022-01-01', to: '2022-12-31', windowDays: 60, minScore: 0.5 });
    expect(inferenceOptions({})).toEqual({
      from: undefined,
      to: undefined,
      windowDays: undefined,
      minScore: undefined,
    });
  });

  it('names every option at fault', () => {
    let error: unknown;
    try {
      inferenceOptions({ from: '2022-02-30', to: '2022', windowDays: '0', minScore: 'high' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).problems).toEqual([
      { path: '--from', message: '"2022-02-30" is not a day written YYYY-MM-DD' },
      { path: '--to', message: '"2022" is not a day written YYYY-MM-DD' },
      { path: '--window-days', message: '"0" is not a whole number from 1 to 3650' },
      { path: '--min-score', message: '"high" is not a number from 0 to 1' },
    ]);
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => inferenceOptions({ from: '2022-05-01', to: '2022-04-30' })).toThrow(
      expect.objectContaining({
        problems: [{ path: '--to', message: '2022-04-30 comes before --from 2022-05-01' }],
      }),
    );
  });
});
