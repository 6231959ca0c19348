// The source is shared by every report of the article: its properties, outlet link and citations
// are those of the last report written. The parts belong to the report that declares them
// (reportId, checked before the write): the report's parts it no longer declares go, with the
// claims stated in them.
MERGE (s:Node {id: $source.id})
  ON CREATE SET s:Source
SET s += $source.props
WITH s
OPTIONAL MATCH (s)-[owned:PUBLISHED_BY|CITES]->()
DELETE owned
WITH DISTINCT s
CALL (s) {
  MATCH (outlet:Node {id: $source.outlet})
  MERGE (s)-[:PUBLISHED_BY]->(outlet)
  RETURN count(outlet) AS outlets
}
CALL (s) {
  UNWIND $source.cites AS citation
  MATCH (target:Node {id: citation.target})
  CREATE (s)-[:CITES {quote: citation.quote}]->(target)
  RETURN count(target) AS citations
}
CALL () {
  OPTIONAL MATCH (stale:Source {reportId: $reportId})
  WHERE NOT stale.id IN [part IN $source.parts | part.id]
  OPTIONAL MATCH (claim:Claim)-[:STATED_IN]->(stale)
  DETACH DELETE claim, stale
  RETURN count(*) AS pruned
}
CALL (s) {
  UNWIND $source.parts AS part
  MERGE (p:Node {id: part.id})
    ON CREATE SET p:Source, p.reportId = $reportId
  SET p += part.props
  WITH p
  CALL (p) {
    OPTIONAL MATCH (p)-[old:PART_OF]->()
    DELETE old
    RETURN count(old) AS replaced
  }
  CREATE (p)-[:PART_OF]->(s)
  RETURN count(p) AS parts
}
RETURN outlets, citations, parts
