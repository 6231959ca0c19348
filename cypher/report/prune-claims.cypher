// The report's own claims that its new version no longer makes, and the REPORTED_BY links that
// rested on them alone. Claims of other reports are never touched.
MATCH (c:Claim {reportId: $reportId})
WHERE NOT c.id IN $claimIds
OPTIONAL MATCH (c)-[:STATED_IN]->(origin:Source)
OPTIONAL MATCH (c)-[:ABOUT]->(e:Event)
WITH collect(DISTINCT c) AS stale,
     collect(DISTINCT CASE WHEN origin IS NOT NULL AND e IS NOT NULL THEN [e, origin] END) AS pairs
FOREACH (c IN stale | DETACH DELETE c)
WITH pairs
UNWIND pairs AS pair
WITH pair[0] AS e, pair[1] AS origin
MATCH (e)-[link:REPORTED_BY]->(origin)
WHERE NOT EXISTS { (claim:Claim)-[:ABOUT]->(e) WHERE (claim)-[:STATED_IN]->(origin) }
DELETE link
RETURN count(link) AS unlinked
