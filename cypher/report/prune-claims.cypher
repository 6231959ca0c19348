// Claims a new version of the report no longer makes, and the REPORTED_BY links that rested on them.
MATCH (c:Claim)-[:STATED_IN]->(origin:Source)
WHERE origin.id IN $origins AND NOT c.id IN $claimIds
DETACH DELETE c
WITH count(*) AS pruned
MATCH (e:Event)-[link:REPORTED_BY]->(origin:Source)
WHERE origin.id IN $origins
  AND NOT EXISTS { (claim:Claim)-[:ABOUT]->(e) WHERE (claim)-[:STATED_IN]->(origin) }
DELETE link
RETURN pruned
