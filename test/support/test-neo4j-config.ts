import { loadConfig, type LocalNeo4jConfig } from '../../src/config';

/** The local Neo4j of the tests: its own instance folder and ports, never the one `npm start` uses. */
export function testLocalNeo4jConfig(): LocalNeo4jConfig {
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: undefined,
    NEO4J_PASSWORD: undefined,
    LOCAL_NEO4J_INSTANCE: 'test',
    LOCAL_NEO4J_BOLT_PORT: process.env['TEST_NEO4J_BOLT_PORT'] ?? '7688',
    LOCAL_NEO4J_HTTP_PORT: process.env['TEST_NEO4J_HTTP_PORT'] ?? '7475',
    LOCAL_NEO4J_HEAP: process.env['TEST_NEO4J_HEAP'] ?? '768m',
    LOCAL_NEO4J_PAGECACHE: process.env['TEST_NEO4J_PAGECACHE'] ?? '128m',
  });
  return config.localNeo4j;
}
