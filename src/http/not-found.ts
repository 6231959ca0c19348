import type { RequestHandler } from 'express';

/** What no route answers: a JSON 404 like every other HTTP error, naming the path (clipped). */
export function notFound(): RequestHandler {
  return (req, res) => {
    const path = req.path.length > 200 ? `${req.path.slice(0, 200)}…` : req.path;
    res.status(404).json({ error: `No such route: ${req.method} ${path}`, code: 'NOT_FOUND', problems: [] });
  };
}
