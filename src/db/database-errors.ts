import { Neo4jError, isRetryableError } from 'neo4j-driver';
import { ConflictError, UnavailableError } from '../domain/errors';

/** Turns driver errors into domain errors; anything else passes through unchanged. */
export function mapDatabaseError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConflictError(error.message, [], { cause: error });
  }
  if (isRetryableError(error) || error.code === 'ServiceUnavailable' || error.code === 'SessionExpired') {
    return new UnavailableError('The database is unavailable; try again later.', [], { cause: error });
  }
  return error;
}
