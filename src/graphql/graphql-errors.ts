import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { type DomainError, InvalidInputError } from '../domain/errors';

/** The one translation of domain errors into GraphQL errors: the code, the located problems, HTTP 401 where due. */
export function toGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, { extensions: extensionsOf(error), originalError: error });
}

export function extensionsOf(error: DomainError): Record<string, unknown> {
  const extensions: Record<string, unknown> = { code: error.code };
  if (error instanceof InvalidInputError && error.argument !== undefined)
    extensions['argument'] = error.argument;
  if (error.problems.length > 0 || error.code === 'BAD_USER_INPUT' || error.code === 'NOT_FOUND')
    extensions['problems'] = error.problems;
  if (error.code === 'UNAUTHENTICATED') extensions['http'] = { status: 401 };
  return extensions;
}

/** A domain error thrown in a resolver, as the client sees it, at the place the query names. */
export function formatDomainError(
  error: DomainError,
  formatted: GraphQLFormattedError,
): GraphQLFormattedError {
  const { http: _http, ...extensions } = extensionsOf(error);
  return { message: error.message, locations: formatted.locations, path: formatted.path, extensions };
}
