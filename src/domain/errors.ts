import type { Problem } from './problems';

export type ErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'SERVICE_UNAVAILABLE' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/**
 * A failure the caller can act on, raised by services and below. Each edge shows it in its own
 * terms, in one place: GraphQL errors with `extensions.code`, HTTP status codes, CLI exit codes.
 */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;

  constructor(
    message: string,
    /** Where the input is wrong, or what is missing: paths such as events[2].date. */
    readonly problems: Problem[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

function summary(problems: Problem[]): string {
  const [first] = problems;
  if (!first) return 'Invalid input';
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return `Invalid input: ${first.path}: ${first.message}${more}`;
}

/** Bad input: every problem with its path, and nothing written. */
export class InvalidInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';

  constructor(
    problems: Problem[],
    /** The argument or document the paths are in, when there is one. */
    readonly argument?: string,
  ) {
    super(summary(problems), problems);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
}

/** The write would contradict what is stored: an id of another kind or owner, or a concurrent write. */
export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
}

/** The database could not be reached or did not answer; callers may retry later. */
export class UnavailableError extends DomainError {
  readonly code = 'SERVICE_UNAVAILABLE';
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
}
