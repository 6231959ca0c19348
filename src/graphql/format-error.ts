import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { DomainError } from '../domain/errors';
import type { Logger } from '../logger';
import { formatDomainError } from './graphql-errors';

/** Errors that carry a code were raised on purpose and reach the client as they are. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
]);

/** Apollo refuses some requests (a persisted-query hash that does not match) with a 4xx and no code. */
function isRefusedRequest(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const status = (error.extensions['http'] as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * Hides internals of unexpected errors (logged in full) and keeps the intended ones readable:
 * domain errors thrown by services become GraphQL errors with their code here, and only here.
 */
export function createFormatError(logger: Logger, exposeInternals: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: exposeInternals ? formatted.extensions : extensions };
    }
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) return formatDomainError(original, formatted);
    if (isRefusedRequest(original))
      return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL operation');
    if (exposeInternals) return formatted;
    return new GraphQLError('Internal server error', {
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    }).toJSON();
  };
}
