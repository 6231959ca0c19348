import { Router } from 'express';
import type { Executor } from '../db/executor';

/**
 * /healthz: the process answers. /readyz: Neo4j answers within the timeout, else 503; when it does
 * but change notifications cannot flow (Redis away), 200 with status "degraded": queries still work.
 */
export function healthRoutes(
  executor: Executor,
  readyTimeoutMs: number,
  notificationProblem: () => string | null = () => null,
): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await executor.verifyConnectivity(readyTimeoutMs);
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: (error as Error).message });
      return;
    }
    const problem = notificationProblem();
    res.json(
      problem ? { status: 'degraded', degraded: ['subscriptions'], reason: problem } : { status: 'ready' },
    );
  });
  return router;
}
