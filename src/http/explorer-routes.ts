import express, { Router } from 'express';
import { fromProjectRoot } from '../project-root';

/** The explorer page and its bundle, built into dist/explorer by `npm run build`. */
export function explorerRoutes(): Router {
  const router = Router();
  router.use(
    '/explore',
    express.static(fromProjectRoot('dist', 'explorer'), { index: 'index.html', maxAge: '1h' }),
  );
  return router;
}
