MATCH (:Event)-[r:INFERRED_RETALIATION]->(:Event)
WHERE $status IS NULL OR r.status = $status
RETURN count(r) AS total
