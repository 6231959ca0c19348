import { Router } from 'express';
import type { Executor } from '../db/executor';

/** /healthz: the process answers. /readyz: Neo4j answers within the timeout, else 503. */
export function healthRoutes(executor: Executor, readyTimeoutMs: number): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await executor.verifyConnectivity(readyTimeoutMs);
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: (error as Error).message });
    }
  });
  return router;
}
