MATCH (s:Node {id: $sourceId})
MERGE (r:Node {id: $id})
SET r:Report, r += $props, r.contentHash = $hash, r.ingestedAt = datetime()
MERGE (r)-[:COVERS]->(s)
RETURN r.id AS id
