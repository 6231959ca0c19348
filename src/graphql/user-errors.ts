import { GraphQLError } from 'graphql';
import type { Problem } from '../domain/problems';

/** Bad input: every problem with its path in the input, and nothing written. */
export class UserInputError extends GraphQLError {
  constructor(problems: Problem[], argument?: string) {
    const first = problems[0];
    super(
      first
        ? `Invalid input: ${first.path}: ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`
        : 'Invalid input',
      { extensions: { code: 'BAD_USER_INPUT', argument, problems } },
    );
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message: string, problems: Problem[] = []) {
    super(message, { extensions: { code: 'NOT_FOUND', problems } });
  }
}
