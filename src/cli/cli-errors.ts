import { ConfigError } from '../config';
import { DomainError, InvalidInputError, type ErrorCode } from '../domain/errors';

/** Exit codes of the project's commands, by what went wrong (README, "Commands and exit codes"). */
export const EXIT_CODES: Record<ErrorCode | 'FAILED' | 'CONFIG', number> = {
  FAILED: 1,
  BAD_USER_INPUT: 2,
  CONFIG: 2,
  NOT_FOUND: 3,
  CONFLICT: 4,
  SERVICE_UNAVAILABLE: 5,
  UNAUTHENTICATED: 6,
  FORBIDDEN: 6,
};

/** The one translation of errors for the command line: a plain message, each problem on its line, an exit code. */
export function reportCliError(error: unknown): void {
  if (error instanceof DomainError) {
    const problems = error.problems.map((problem) => `\n  ${problem.path}: ${problem.message}`).join('');
    // An invalid input's message already names its first problem: the list says them all, once each.
    const heading = error instanceof InvalidInputError && problems ? 'Invalid input:' : error.message;
    console.error(`${heading}${problems}`);
    process.exitCode = EXIT_CODES[error.code];
    return;
  }
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = error instanceof ConfigError ? EXIT_CODES.CONFIG : EXIT_CODES.FAILED;
}
