import express, { Router } from 'express';
import { fromProjectRoot } from '../project-root';

/** The explorer page and its bundle, built into dist/explorer by `npm run build`. */
export function explorerRoutes(): Router {
  const router = Router();
  const explorer = fromProjectRoot('dist', 'explorer');
  router.use('/explore', express.static(explorer, { index: 'index.html', maxAge: '1h' }));
  // Browsers ask for /favicon.ico on their own: the explorer's icon answers.
  router.get('/favicon.ico', (_req, res) => {
    res.type('image/svg+xml').sendFile('favicon.svg', { root: explorer, maxAge: '1d' });
  });
  return router;
}
