MATCH (from:Event)-[r:RETALIATED_AGAINST {id: $id}]->(to:Event)
WITH r, from.id AS fromId, to.id AS toId, r.basis AS basis, r.confidence AS confidence
DELETE r
RETURN fromId, toId, basis, confidence
