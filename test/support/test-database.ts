import neo4j, { type Driver } from 'neo4j-driver';

const MARKER = 'RiposteTestDatabase';

/** A driver on the database the tests use (NEO4J_* as set by the global setup). */
export function testDriver(): Driver {
  const uri = process.env['NEO4J_URI'];
  if (!uri) throw new Error('NEO4J_URI is not set: run the tests through jest, whose global setup sets it');
  return neo4j.driver(
    uri,
    neo4j.auth.basic(process.env['NEO4J_USERNAME'] ?? 'neo4j', process.env['NEO4J_PASSWORD'] ?? ''),
  );
}

/**
 * Refuses a database that holds data but is not marked as the tests' own, then marks it.
 * Tests wipe their database, so they must never run on one that matters.
 */
export async function claimTestDatabase(driver: Driver): Promise<void> {
  const { records } = await driver.executeQuery(
    `OPTIONAL MATCH (marker:${MARKER}) WITH count(marker) AS markers
     OPTIONAL MATCH (n) WHERE NOT n:${MARKER}
     RETURN markers, count(n) AS others`,
  );
  const markers = neo4j.integer.toNumber(records[0]?.get('markers'));
  const others = neo4j.integer.toNumber(records[0]?.get('others'));
  if (markers === 0 && others > 0) {
    throw new Error(
      `Refusing to run the tests on ${process.env['NEO4J_URI']}: it holds ${others} nodes and is not marked as a test ` +
        `database. The tests delete everything; point NEO4J_URI at an empty database, or unset it to use the local test Neo4j.`,
    );
  }
  await driver.executeQuery(`MERGE (:${MARKER} {createdBy: 'riposte tests'})`);
}

/** Deletes every node but the marker. Schema (constraints, indexes) stays. */
export async function cleanDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    // CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    await session.run(
      `MATCH (n) WHERE NOT n:${MARKER} CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
    );
  } finally {
    await session.close();
  }
}
