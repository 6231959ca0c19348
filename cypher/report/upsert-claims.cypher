// Claims belong to their source: each links to where it is stated and what it is about;
// an event gets REPORTED_BY to every source or part that states something about it.
UNWIND $claims AS row
MATCH (origin:Node {id: row.statedIn})
MERGE (c:Node {id: row.id})
SET c:Claim, c += row.props
MERGE (c)-[:STATED_IN]->(origin)
WITH c, row, origin
CALL (c, row, origin) {
  MATCH (subject:Node {id: row.subject})
  WHERE NOT row.aboutRelation
  MERGE (c)-[:ABOUT]->(subject)
  WITH subject, origin
  WHERE subject:Event
  MERGE (subject)-[:REPORTED_BY]->(origin)
  RETURN count(*) AS reported
}
RETURN count(c) AS written
