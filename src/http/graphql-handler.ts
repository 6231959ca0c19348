import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import express from 'express';
import type { GraphQLContext } from '../graph/request-context';
import { runWithOrigin } from '../db/statement-origin';
import type { Logger } from '../logger';
import { httpErrorAnswer } from './http-errors';
import { isPlainJsonPost, readPlainJson } from './json-body';
import { setSecurityHeaders, type PolicyName } from './security-headers';

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface GraphQLHandlerOptions {
  apollo: ApolloServer<GraphQLContext>;
  context: (headers: IncomingMessage['headers']) => Promise<GraphQLContext>;
  policy: PolicyName;
  maxBodyBytes: number;
  logger: Logger;
}

interface WithBody extends IncomingMessage {
  body?: unknown;
}

/**
 * POST and GET /graphql on Node's own request and response, straight to Apollo's
 * executeHTTPGraphQLRequest: what Express's router, its request and response wrappers and the
 * Express integration cost on every operation is not paid. Same order of work as before: the
 * request's origin, the security headers, the JSON body, then Apollo; errors answer as every other
 * HTTP route's do. A plain JSON POST within the limit is read by json-body.ts; every other request
 * by Express's body reader, so its limits and refusals are unchanged.
 */
export function graphqlHandler(options: GraphQLHandlerOptions): NodeHandler {
  const readJson = express.json({ limit: options.maxBodyBytes });
  const fail = (error: unknown, res: ServerResponse, path: string) => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const { status, body } = httpErrorAnswer(error, path, options.logger);
    const text = JSON.stringify(body);
    res.statusCode = status;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('content-length', Buffer.byteLength(text));
    res.end(text);
  };
  const answer = async (req: IncomingMessage, res: ServerResponse, search: string, body: unknown) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search, body },
      context: () => options.context(req.headers),
    });
    await send(response, res);
  };
  return (req, res) => {
    const origin = {
      requestId: (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) ?? randomUUID(),
    };
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const [path, search] = query < 0 ? [url, ''] : [url.slice(0, query), url.slice(query)];
    setSecurityHeaders(options.policy, res);
    // The body arrives in the socket's context, not the request's: the rest runs in the origin's.
    const withBody = (error: unknown, body: unknown) =>
      runWithOrigin(origin, () => {
        if (error) {
          fail(error, res, path);
          return;
        }
        answer(req, res, search, body).catch((failure: unknown) => fail(failure, res, path));
      });
    if (isPlainJsonPost(req, options.maxBodyBytes)) readPlainJson(req, withBody);
    else readJson(req, res, (error?: unknown) => withBody(error, (req as WithBody).body));
  };
}

async function send(response: HTTPGraphQLResponse, res: ServerResponse): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.setHeader('content-length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
