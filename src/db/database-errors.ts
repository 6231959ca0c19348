import { GraphQLError } from 'graphql';
import { Neo4jError, isRetryableError } from 'neo4j-driver';

/** The database could not be reached or did not answer; clients may retry later. */
export class DatabaseUnavailableError extends GraphQLError {
  constructor(cause: unknown) {
    super('The database is unavailable; try again later.', {
      extensions: { code: 'SERVICE_UNAVAILABLE' },
      originalError: cause instanceof Error ? cause : undefined,
    });
  }
}

/** Two writes collided on a uniqueness constraint. */
export class ConflictError extends GraphQLError {
  constructor(message: string, cause?: unknown) {
    super(message, {
      extensions: { code: 'CONFLICT' },
      originalError: cause instanceof Error ? cause : undefined,
    });
  }
}

/** Turns driver errors into the typed errors clients see; anything else passes through unchanged. */
export function mapDatabaseError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConflictError(error.message, error);
  }
  if (isRetryableError(error) || error.code === 'ServiceUnavailable' || error.code === 'SessionExpired') {
    return new DatabaseUnavailableError(error);
  }
  return error;
}
