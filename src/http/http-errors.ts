import type { ErrorRequestHandler } from 'express';
import { DomainError, type ErrorCode } from '../domain/errors';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * The one translation of domain errors for plain HTTP routes: the status code, and a JSON body with
 * the message, the code and the located problems. Other errors (a body too large, a bug) go on to
 * Express's own handler, which keeps their status and shows no internals in production.
 */
export function httpErrorHandler(): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (!(error instanceof DomainError) || res.headersSent) {
      next(error);
      return;
    }
    res.status(STATUS[error.code]).json({ error: error.message, code: error.code, problems: error.problems });
  };
}
