import { randomBytes } from 'node:crypto';
import { loadConfig, type Config } from '../config';

/**
 * The configuration of the server a benchmark starts: production mode on a port of its own, quiet,
 * one reader key made for the run, and the local Neo4j instance `bench` (ports and memory from the
 * `BENCH_NEO4J_*` variables).
 */
export function benchConfig(): { config: Config; key: string } {
  const key = randomBytes(24).toString('hex');
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    PORT: '0',
    LOG_LEVEL: 'silent',
    SEED_ON_EMPTY: 'false',
    AUTH_API_KEYS: `bench:reader:${key}`,
    LOCAL_NEO4J_INSTANCE: 'bench',
    LOCAL_NEO4J_BOLT_PORT: process.env['BENCH_NEO4J_BOLT_PORT'] ?? '7689',
    LOCAL_NEO4J_HTTP_PORT: process.env['BENCH_NEO4J_HTTP_PORT'] ?? '7476',
    LOCAL_NEO4J_HEAP: process.env['BENCH_NEO4J_HEAP'] ?? '4g',
    LOCAL_NEO4J_PAGECACHE: process.env['BENCH_NEO4J_PAGECACHE'] ?? '2g',
  });
  return { config, key };
}
