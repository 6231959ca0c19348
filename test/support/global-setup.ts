import { LocalNeo4j } from '../../src/local-neo4j/local-neo4j';
import { claimTestDatabase, testDriver } from './test-database';
import { testLocalNeo4jConfig } from './test-neo4j-config';

declare global {
  var riposteTestNeo4jStartedByTests: boolean | undefined;
}

/** Starts the tests' own local Neo4j, unless NEO4J_URI names one, and exports its address to the workers. */
export default async function globalSetup(): Promise<void> {
  if (!process.env['NEO4J_URI']) {
    const local = new LocalNeo4j(testLocalNeo4jConfig(), (message) =>
      console.log(`\n[test neo4j] ${message}`),
    );
    const { connection, startedNow } = await local.start();
    process.env['NEO4J_URI'] = connection.uri;
    process.env['NEO4J_USERNAME'] = connection.username;
    process.env['NEO4J_PASSWORD'] = connection.password;
    globalThis.riposteTestNeo4jStartedByTests = startedNow;
  }
  const driver = testDriver();
  try {
    await claimTestDatabase(driver);
  } finally {
    await driver.close();
  }
}
