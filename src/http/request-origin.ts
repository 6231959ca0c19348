import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { currentOrigin, runWithOrigin } from '../db/statement-origin';

/** The rest of the request runs with its own origin, so every statement it sends names it. */
export function requestOrigin(): RequestHandler {
  return (req, _res, next) =>
    runWithOrigin({ requestId: req.get('x-request-id')?.slice(0, 100) ?? randomUUID() }, next);
}

/** Adds the GraphQL operation name to the request's origin once the operation is known. */
export function operationNameInOrigin(): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ operationName }) => {
        const origin = currentOrigin();
        if (origin) origin.operation = operationName ?? 'anonymous';
      },
    }),
  };
}
