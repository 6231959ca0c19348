import type { ErrorRequestHandler } from 'express';
import { currentOrigin } from '../db/statement-origin';
import { DomainError, type ErrorCode } from '../domain/errors';
import type { Problem } from '../domain/problems';
import type { Logger } from '../logger';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SERVICE_UNAVAILABLE: 503,
};

/** What the body reader (express.json) refuses, by its error type. Its own messages may quote the body. */
const BODY_REFUSALS: Record<string, string> = {
  'entity.parse.failed': 'The body is not valid JSON',
  'entity.too.large': 'The body is larger than this server accepts',
  'encoding.unsupported': 'The body has a content encoding this server does not read',
  'charset.unsupported': 'The body has a charset this server does not read',
  'request.aborted': 'The body was not sent in full',
  'request.size.invalid': 'The body is not as long as its Content-Length says',
};

interface BodyReadError {
  status: number;
  type: string;
  limit?: number;
}

function isBodyReadError(error: unknown): error is BodyReadError {
  if (typeof error !== 'object' || error === null) return false;
  const { status, type } = error as Partial<BodyReadError>;
  return typeof status === 'number' && status >= 400 && status < 500 && typeof type === 'string';
}

export interface HttpErrorAnswer {
  status: number;
  body: { error: string; code: string; problems: Problem[] };
}

/**
 * The one translation of errors for plain HTTP routes, always as JSON: domain errors keep their
 * status, message, code and located problems; a body that cannot be read is a 4xx with a fixed
 * message and one log line (never the body, never a stack); anything else is a 500 that shows no
 * internals and is logged in full.
 */
export function httpErrorAnswer(error: unknown, path: string, logger: Logger): HttpErrorAnswer {
  const requestId = currentOrigin()?.requestId;
  if (error instanceof DomainError) {
    const status = STATUS[error.code];
    if (status >= 500) logger.warn({ requestId, path, status }, error.message);
    return { status, body: { error: error.message, code: error.code, problems: error.problems } };
  }
  if (isBodyReadError(error)) {
    const message = BODY_REFUSALS[error.type] ?? 'The body of the request cannot be read';
    const limit = error.type === 'entity.too.large' && error.limit ? ` (${error.limit} bytes)` : '';
    logger.warn({ requestId, path, status: error.status, reason: error.type }, 'request refused');
    return {
      status: error.status,
      body: {
        error: `${message}${limit}`,
        code: error.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST',
        problems: [],
      },
    };
  }
  logger.error({ err: error, requestId, path }, 'unexpected error in an HTTP request');
  return {
    status: 500,
    body: { error: 'Internal server error', code: 'INTERNAL_SERVER_ERROR', problems: [] },
  };
}

/** Express's error handler: the answer of httpErrorAnswer. */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const { status, body } = httpErrorAnswer(error, req.path, logger);
    res.status(status).json(body);
  };
}
