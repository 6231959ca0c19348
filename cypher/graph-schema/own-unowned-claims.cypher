// Claims and comment parts stored before they named their report take its id, where exactly one
// report covers their article; an article that several reports cover keeps them unowned (nothing
// says whose they are). Idempotent: owned ones are never touched.
CALL () {
  MATCH (c:Claim) WHERE c.reportId IS NULL
  MATCH (c)-[:STATED_IN]->(origin:Source)
  OPTIONAL MATCH (origin)-[:PART_OF]->(parent:Source)
  WITH c, coalesce(parent, origin) AS article
  MATCH (r:Report)-[:COVERS]->(article)
  WITH c, collect(DISTINCT r.id) AS reports
  WHERE size(reports) = 1
  SET c.reportId = reports[0]
  RETURN count(c) AS claims
}
CALL () {
  MATCH (part:Source)-[:PART_OF]->(article:Source) WHERE part.reportId IS NULL
  MATCH (r:Report)-[:COVERS]->(article)
  WITH part, collect(DISTINCT r.id) AS reports
  WHERE size(reports) = 1
  SET part.reportId = reports[0]
  RETURN count(part) AS parts
}
RETURN claims, parts
