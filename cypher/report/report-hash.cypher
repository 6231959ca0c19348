OPTIONAL MATCH (r:Node:Report {id: $id})
RETURN r.contentHash AS hash
