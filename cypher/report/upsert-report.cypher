MATCH (s:Node:Source {id: $sourceId})
MERGE (r:Node {id: $id})
  ON CREATE SET r:Report, r.submittedBy = $submittedBy
SET r += $props, r.contentHash = $hash, r.ingestedAt = datetime()
WITH r, s
CALL (r) {
  OPTIONAL MATCH (r)-[old:COVERS]->()
  DELETE old
  RETURN count(old) AS replaced
}
CREATE (r)-[:COVERS]->(s)
RETURN r.id AS id, r.submittedBy AS submittedBy
