// Bench only: the bare driver ceiling of the import. The same measures as the import writes, ready
// made, created with their state relationships and nothing else (no check, no source, no link).
UNWIND $rows AS row
CREATE (m:Node:Event)
SET m = row.props
WITH m, row
MATCH (actor:Node {id: row.actor})
CREATE (m)-[:INITIATED_BY]->(actor)
WITH m, row
UNWIND row.targets AS targetId
MATCH (target:Node {id: targetId})
CREATE (m)-[:TARGETED]->(target)
