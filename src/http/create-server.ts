import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Authenticator } from '../auth/authenticator';
import { DEFAULT_WEBSOCKET_LIMITS, type WebSocketLimits } from '../config';
import type { Executor } from '../db/executor';
import { currentOrigin } from '../db/statement-origin';
import { GraphReadRepository } from '../graph/graph-read.repository';
import { createContext, type GraphQLContext } from '../graph/request-context';
import { DomainError } from '../domain/errors';
import { createFormatError } from '../graphql/format-error';
import { toGraphQLError } from '../graphql/graphql-errors';
import { PARSE_OPTIONS, queryCostLimit, queryLimitProtection } from '../graphql/query-limits';
import type { Logger } from '../logger';
import type { GraphOutputService } from '../graph-output/graph-output.service';
import { explorerRoutes } from './explorer-routes';
import { notFound } from './not-found';
import { exportRoutes } from './export-routes';
import { healthRoutes } from './health-routes';
import { graphqlHandler } from './graphql-handler';
import { httpErrorHandler } from './http-errors';
import { operationNameInOrigin, requestOrigin } from './request-origin';
import { securityHeaders } from './security-headers';
import { startSubscriptionServer } from './subscription-server';

export interface ServerOptions {
  schema: GraphQLSchema;
  executor: Executor;
  logger: Logger;
  development: boolean;
  readyTimeoutMs: number;
  /** How long in-flight requests may run once a stop begins. */
  drainTimeoutMs: number;
  authenticator: Authenticator;
  maxBodyBytes: number;
  /** Defaults to the configuration's defaults. */
  webSocket?: WebSocketLimits;
  graphOutput: GraphOutputService;
  /** Why change notifications cannot flow now, if they cannot (reported by /readyz). */
  notificationProblem?: () => string | null;
}

export interface RunningServer {
  /** Base URL, such as http://127.0.0.1:4000 */
  url: string;
  graphqlUrl: string;
  /** Stops accepting connections, drains in-flight requests, then resolves. */
  stop(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';

/** The GraphQL endpoint's path as Express matched it: any case, with or without a final slash. */
function isGraphqlPath(url: string | undefined): boolean {
  const end = url?.indexOf('?') ?? -1;
  const path = (end < 0 ? url : url?.slice(0, end))?.toLowerCase();
  return path === GRAPHQL_PATH || path === `${GRAPHQL_PATH}/`;
}

export async function startServer(
  options: ServerOptions,
  host: string,
  port: number,
): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  // Answers to POSTed operations are not revalidated: hashing each body for an ETag is waste.
  app.disable('etag');
  const httpServer = http.createServer();

  const limits = queryLimitProtection();
  const graphReads = new GraphReadRepository(options.executor);
  const subscriptions = startSubscriptionServer({
    httpServer,
    path: GRAPHQL_PATH,
    schema: options.schema,
    authenticator: options.authenticator,
    graphReads,
    validationRules: limits.validationRules,
    maxPayloadBytes: options.maxBodyBytes,
    limits: options.webSocket ?? DEFAULT_WEBSOCKET_LIMITS,
    development: options.development,
    logger: options.logger,
  });
  const apollo = new ApolloServer<GraphQLContext>({
    schema: options.schema,
    introspection: options.development,
    hideSchemaDetailsFromClientErrors: !options.development,
    includeStacktraceInErrorResponses: options.development,
    allowBatchedHttpRequests: false,
    stopOnTerminationSignals: false,
    validationRules: limits.validationRules,
    parseOptions: PARSE_OPTIONS,
    formatError: createFormatError(options.logger, options.development),
    plugins: [
      ...limits.plugins,
      queryCostLimit(),
      // No @cacheControl hints are used: the plugin would only add work to every field.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.drainTimeoutMs }),
      { serverWillStart: async () => ({ drainServer: () => subscriptions.dispose() }) },
      operationNameInOrigin(),
      // Apollo's landing pages load their scripts from its CDN; production serves none.
      ...(options.development ? [] : [ApolloServerPluginLandingPageDisabled()]),
    ],
  });
  await apollo.start();

  const serveGraphql = graphqlHandler({
    apollo,
    context: async (headers): Promise<GraphQLContext> => {
      const principal = await options.authenticator
        .authenticate({
          authorization: headers.authorization,
          apiKey: headers['x-api-key'] as string | undefined,
        })
        .catch((error: unknown) => {
          throw error instanceof DomainError ? toGraphQLError(error) : error;
        });
      return createContext(principal, graphReads, { requestId: currentOrigin()?.requestId });
    },
    policy: options.development ? 'own' : 'nothing',
    maxBodyBytes: options.maxBodyBytes,
    logger: options.logger,
  });

  // POST and GET /graphql skip Express (see graphqlHandler); every other path is Express's.
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (isGraphqlPath(req.url)) serveGraphql(req, res);
    else app(req, res);
  });
  app.use(requestOrigin());
  app.use(
    securityHeaders((path) => {
      if (path === '/explore' || path.startsWith('/explore/')) return 'explorer';
      return 'nothing';
    }),
  );
  app.use(healthRoutes(options.executor, options.readyTimeoutMs, options.notificationProblem));
  app.use(exportRoutes(options.graphOutput, options.authenticator));
  app.use(explorerRoutes());
  app.use(notFound());

  app.use(httpErrorHandler(options.logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const address = httpServer.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shownHost === '0.0.0.0' || shownHost === '127.0.0.1' ? 'localhost' : shownHost}:${address.port}`;
  return { url, graphqlUrl: `${url}${GRAPHQL_PATH}`, stop: () => apollo.stop() };
}
