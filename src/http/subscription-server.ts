import type http from 'node:http';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Authenticator } from '../auth/authenticator';
import type { Principal } from '../auth/principal';
import type { WebSocketLimits } from '../config';
import { createFormatError } from '../graphql/format-error';
import { costError } from '../graphql/query-cost';
import { PARSE_OPTIONS } from '../graphql/query-limits';
import type { GraphReadRepository } from '../graph/graph-read.repository';
import { createContext, type GraphQLContext } from '../graph/request-context';
import type { Logger } from '../logger';

export interface SubscriptionServerOptions {
  httpServer: http.Server;
  path: string;
  schema: GraphQLSchema;
  authenticator: Authenticator;
  graphReads: GraphReadRepository;
  validationRules: ValidationRule[];
  maxPayloadBytes: number;
  limits: WebSocketLimits;
  development: boolean;
  logger: Logger;
}

type SocketState = {
  principal?: Principal | null;
  /** The key this socket counts under in the per-principal tally, once counted. */
  countedAs?: string;
  expiry?: NodeJS.Timeout;
};

const SUGGESTION = /\s*Did you mean .*\?$/;

/** As Apollo's hideSchemaDetailsFromClientErrors does over HTTP: no hints at field names. */
function withoutSuggestion(error: GraphQLError): GraphQLError {
  return SUGGESTION.test(error.message)
    ? new GraphQLError(error.message.replace(SUGGESTION, ''), {
        nodes: error.nodes,
        extensions: error.extensions,
      })
    : error;
}

const principalKey = (principal: Principal) => `${principal.via}:${principal.subject}`;

/**
 * GraphQL over WebSocket (graphql-ws) on the same path as HTTP. Credentials come in the
 * connection_init payload ({ authorization: "Bearer …" } or { apiKey: "…" }) and follow the same
 * rules as HTTP; the same query limits, introspection rule, suggestion hiding and error masking
 * apply. A principal holds at most `maxSocketsPerPrincipal` sockets on this instance, a socket at most
 * `maxSubscriptionsPerSocket` subscriptions, and a socket opened with a token closes when it expires.
 */
export function startSubscriptionServer(options: SubscriptionServerOptions): {
  dispose: () => Promise<void>;
} {
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: options.path,
    maxPayload: options.maxPayloadBytes,
  });
  const rules = [
    ...specifiedRules,
    ...options.validationRules,
    ...(options.development ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
  const formatError = createFormatError(options.logger, options.development);
  const socketsPerPrincipal = new Map<string, number>();
  const release = (state: SocketState) => {
    if (state.expiry) clearTimeout(state.expiry);
    if (!state.countedAs) return;
    const left = (socketsPerPrincipal.get(state.countedAs) ?? 1) - 1;
    if (left > 0) socketsPerPrincipal.set(state.countedAs, left);
    else socketsPerPrincipal.delete(state.countedAs);
    state.countedAs = undefined;
  };

  const cleanup = useServer<Record<string, unknown>, SocketState>(
    {
      schema: options.schema,
      parse: (source) => parse(source, PARSE_OPTIONS),
      validate: (schema, document) => {
        const errors = validate(schema, document, rules);
        return options.development ? errors : errors.map(withoutSuggestion);
      },
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        let principal: Principal | null;
        try {
          principal = await options.authenticator.authenticate({
            authorization: typeof params['authorization'] === 'string' ? params['authorization'] : undefined,
            apiKey: typeof params['apiKey'] === 'string' ? params['apiKey'] : undefined,
          });
        } catch {
          return false;
        }
        if (!principal) return false;
        const key = principalKey(principal);
        const open = socketsPerPrincipal.get(key) ?? 0;
        if (open >= options.limits.maxSocketsPerPrincipal) {
          ctx.extra.socket.close(
            CloseCode.Forbidden,
            `At most ${options.limits.maxSocketsPerPrincipal} open sockets per principal`,
          );
          return false;
        }
        socketsPerPrincipal.set(key, open + 1);
        ctx.extra.countedAs = key;
        ctx.extra.principal = principal;
        if (principal.expiresAt !== undefined) {
          const state = ctx.extra;
          state.expiry = setTimeout(
            () => ctx.extra.socket.close(CloseCode.Forbidden, 'Token expired'),
            Math.max(0, principal.expiresAt * 1000 - Date.now()),
          );
          state.expiry.unref();
        }
        return true;
      },
      onClose: (ctx) => release(ctx.extra),
      onSubscribe: (ctx, _id, payload) => {
        const held = Object.keys(ctx.subscriptions).length;
        if (held >= options.limits.maxSubscriptionsPerSocket) {
          return [
            new GraphQLError(
              `At most ${options.limits.maxSubscriptionsPerSocket} subscriptions per socket: complete one first`,
              { extensions: { code: 'BAD_REQUEST' } },
            ),
          ];
        }
        let document;
        try {
          document = parse(payload.query, PARSE_OPTIONS);
        } catch {
          return undefined; // reported by the server's own parse
        }
        const tooCostly = costError(
          options.schema,
          document,
          payload.variables ?? undefined,
          payload.operationName,
        );
        return tooCostly ? [tooCostly] : undefined;
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) }
          : undefined,
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
