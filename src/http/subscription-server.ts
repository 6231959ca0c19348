import type http from 'node:http';
import {
  parse,
  specifiedRules,
  validate,
  type GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { PARSE_OPTIONS } from '../graphql/query-limits';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Authenticator } from '../auth/authenticator';
import type { Principal } from '../auth/principal';
import { DomainError } from '../domain/errors';
import { formatDomainError } from '../graphql/graphql-errors';
import type { GraphReadRepository } from '../graph/graph-read.repository';
import { createContext, type GraphQLContext } from '../graph/request-context';

export interface SubscriptionServerOptions {
  httpServer: http.Server;
  path: string;
  schema: GraphQLSchema;
  authenticator: Authenticator;
  graphReads: GraphReadRepository;
  validationRules: ValidationRule[];
  maxPayloadBytes: number;
}

/** Domain errors raised while resolving an event reach the subscriber with their code, as over HTTP. */
function formatSubscriptionError(error: GraphQLError): GraphQLFormattedError {
  const formatted = error.toJSON();
  return error.originalError instanceof DomainError
    ? formatDomainError(error.originalError, formatted)
    : formatted;
}

/**
 * GraphQL over WebSocket (graphql-ws) on the same path as HTTP. Credentials come in the
 * connection_init payload ({ authorization: "Bearer …" } or { apiKey: "…" }) and follow the same
 * rules as HTTP; the same query limits apply.
 */
export function startSubscriptionServer(options: SubscriptionServerOptions): {
  dispose: () => Promise<void>;
} {
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: options.path,
    maxPayload: options.maxPayloadBytes,
  });
  const rules = [...specifiedRules, ...options.validationRules];
  const cleanup = useServer<Record<string, unknown>, { principal?: Principal | null }>(
    {
      schema: options.schema,
      parse: (source) => parse(source, PARSE_OPTIONS),
      validate: (schema, document) => validate(schema, document, rules),
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        try {
          ctx.extra.principal = await options.authenticator.authenticate({
            authorization: typeof params['authorization'] === 'string' ? params['authorization'] : undefined,
            apiKey: typeof params['apiKey'] === 'string' ? params['apiKey'] : undefined,
          });
        } catch {
          return false;
        }
        return ctx.extra.principal !== null;
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map(formatSubscriptionError) } : undefined,
      context: (ctx): GraphQLContext =>
        createContext(ctx.extra.principal ?? null, options.graphReads, { cache: false }),
    },
    wsServer,
  );
  return {
    dispose: async () => {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
