OPTIONAL MATCH (r:Report {id: $id})
RETURN r.contentHash AS hash
