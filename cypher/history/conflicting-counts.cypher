// Other figures for the count of shipped measures (seeds/history/conflicting-counts.csv), each a claim
// of a report for the source that gives it. Only measures in the graph get claims. A report, source or
// claim id already naming something of another kind, or a claim of another report, is left as it is
// and the entry skipped. The table's claims no longer listed go; claims of other reports are never touched.
CALL () {
  MATCH (stale:Claim)
  WHERE stale.reportId STARTS WITH $reportPrefix AND NOT stale.id IN [claim IN $claims | claim.id]
  DETACH DELETE stale
  RETURN count(*) AS pruned
}
UNWIND $claims AS claim
MATCH (e:Node:Event {id: claim.subject})
MERGE (s:Node {id: claim.sourceId})
  ON CREATE SET s:Source, s.kind = 'ARTICLE', s.url = claim.url, s.reliability = 'F'
WITH claim, e, s WHERE s:Source
MERGE (r:Node {id: claim.reportId})
  ON CREATE SET r:Report, r.formatVersion = 1, r.notes = $notes
WITH claim, e, s, r WHERE r:Report
MERGE (r)-[:COVERS]->(s)
MERGE (c:Node {id: claim.id})
  ON CREATE SET c:Claim, c.reportId = claim.reportId
WITH claim, e, s, c WHERE c:Claim AND c.reportId = claim.reportId
SET c += claim.props
MERGE (c)-[:STATED_IN]->(s)
MERGE (c)-[:ABOUT]->(e)
MERGE (e)-[:REPORTED_BY]->(s)
RETURN count(c) AS written
