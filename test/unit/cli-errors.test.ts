import { reportCliError } from '../../src/cli/cli-errors';
import { InvalidInputError } from '../../src/domain/errors';

describe('command-line errors', () => {
  const printed: string[] = [];
  const original = console.error;

  beforeEach(() => {
    printed.length = 0;
    console.error = (...args: unknown[]) => printed.push(args.join(' '));
  });

  afterEach(() => {
    console.error = original;
    process.exitCode = undefined;
  });

  it('prints each problem of an invalid input once, with its path, and exits with 2', () => {
    reportCliError(
      new InvalidInputError([
        { path: 'published', message: 'the publication date (YYYY-MM-DD) is required' },
      ]),
    );
    const output = printed.join('\n');
    expect(output.match(/the publication date/g)).toHaveLength(1);
    expect(output).toContain('published: the publication date (YYYY-MM-DD) is required');
    expect(process.exitCode).toBe(2);
  });
});
