// $(row.type) comes from the RelationType allow-list, checked before the write.
UNWIND $relations AS row
MATCH (from:Node {id: row.from}), (to:Node {id: row.to})
MERGE (from)-[r:$(row.type) {id: row.id}]->(to)
SET r += row.props
RETURN count(r) AS written
