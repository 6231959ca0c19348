// Claims belong to the report that states them (reportId, checked before the write): each links to
// where it is stated and what it is about, replacing the links of an earlier version; an event gets
// REPORTED_BY to every source or part that states something about it.
UNWIND $claims AS row
MATCH (origin:Node:Source {id: row.statedIn})
MERGE (c:Node {id: row.id})
  ON CREATE SET c:Claim, c.reportId = $reportId
SET c += row.props
WITH c, row, origin
CALL (c) {
  OPTIONAL MATCH (c)-[old:STATED_IN|ABOUT]->()
  DELETE old
  RETURN count(old) AS replaced
}
CREATE (c)-[:STATED_IN]->(origin)
WITH c, row, origin
CALL (c, row, origin) {
  MATCH (subject:Node {id: row.subject})
  WHERE NOT row.aboutRelation
  CREATE (c)-[:ABOUT]->(subject)
  WITH subject, origin
  WHERE subject:Event
  MERGE (subject)-[:REPORTED_BY]->(origin)
  RETURN count(*) AS reported
}
RETURN count(c) AS written
