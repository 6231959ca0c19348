import type { Driver } from 'neo4j-driver';
import { toPlain } from '../../src/db/to-plain';
import { NODE_KINDS } from '../../src/graph-write/id-declarations';

/** What no write may ever leave behind; each entry names the ids that break it. */
const CHECKS: Record<string, string> = {
  'claim without STATED_IN': 'MATCH (c:Claim) WHERE NOT (c)-[:STATED_IN]->(:Source) RETURN c.id AS id',
  'claim without its subject': `
    MATCH (c:Claim)
    WHERE NOT (c)-[:ABOUT]->() AND NOT EXISTS { MATCH ()-[r {id: c.subjectId}]->() }
    RETURN c.id AS id`,
  'node with two kind labels': `
    MATCH (n) WHERE size([label IN labels(n) WHERE label IN $kinds]) > 1
    RETURN n.id + ' ' + reduce(all = '', label IN labels(n) | all + ':' + label) AS id`,
  'REPORTED_BY with no claim or table row behind it': `
    MATCH (e:Event)-[:REPORTED_BY]->(s:Source)
    WHERE e.importHash IS NULL
      AND NOT EXISTS { (c:Claim)-[:ABOUT]->(e) WHERE (c)-[:STATED_IN]->(s) }
    RETURN e.id + ' -> ' + s.id AS id`,
  // "Every event with an actor" as far as the sources go: one seed article names no perpetrator.
  'event without a party': `
    MATCH (e:Event) WHERE NOT (e)-[:INITIATED_BY|TARGETED]->(:Actor) RETURN e.id AS id`,
  'participant that is not an actor': `
    MATCH (e:Event)-[r:INITIATED_BY|TARGETED|EXPELLED]->(n) WHERE NOT n:Actor
    RETURN e.id + ' ' + type(r) + ' ' + n.id AS id`,
  'report part owned by no report': `
    MATCH (p:Source)-[:PART_OF]->(:Source) WHERE p.reportId IS NULL RETURN p.id AS id`,
};

/** Every broken invariant with the ids that break it; empty when the graph is sound. */
export async function brokenInvariants(driver: Driver): Promise<Record<string, string[]>> {
  const broken: Record<string, string[]> = {};
  for (const [name, query] of Object.entries(CHECKS)) {
    const { records } = await driver.executeQuery(query, { kinds: NODE_KINDS });
    const ids = records.map((record) => toPlain(record.get('id')) as string);
    if (ids.length > 0) broken[name] = ids;
  }
  return broken;
}
