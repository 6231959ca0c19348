// The source owns its parts, its outlet link and its citations: they are replaced as a whole.
MERGE (s:Node {id: $source.id})
SET s:Source, s += $source.props
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
CALL (s) {
  OPTIONAL MATCH (stale:Source)-[:PART_OF]->(s)
  WHERE NOT stale.id IN [part IN $source.parts | part.id]
  DETACH DELETE stale
  RETURN count(*) AS pruned
}
CALL (s) {
  UNWIND $source.parts AS part
  MERGE (p:Node {id: part.id})
  SET p:Source, p += part.props
  MERGE (p)-[:PART_OF]->(s)
  RETURN count(p) AS parts
}
RETURN outlets, citations, parts
