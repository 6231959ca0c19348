MATCH (answer:Event)-[r:INFERRED_RETALIATION]->(act:Event)
WHERE $status IS NULL OR r.status = $status
WITH answer, act, r ORDER BY r.score DESC, r.id
SKIP $offset
LIMIT $limit
RETURN r {.*, from: answer.id, to: act.id} AS proposal
