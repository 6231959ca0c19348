import { LocalNeo4j } from '../../src/local-neo4j/local-neo4j';
import { testLocalNeo4jConfig } from './test-neo4j-config';

/** Stops the test Neo4j if the setup started it; RIPOSTE_TEST_KEEP_NEO4J=1 keeps it for the next run. */
export default async function globalTeardown(): Promise<void> {
  if (!globalThis.riposteTestNeo4jStartedByTests || process.env['RIPOSTE_TEST_KEEP_NEO4J'] === '1') return;
  await new LocalNeo4j(testLocalNeo4jConfig()).stop();
}
