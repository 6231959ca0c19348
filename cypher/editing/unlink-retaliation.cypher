// A link that claims are about stays: removing it would leave them without a subject.
MATCH (from:Event)-[r:RETALIATED_AGAINST {id: $id}]->(to:Event)
WITH r, from.id AS fromId, to.id AS toId, r.basis AS basis, r.confidence AS confidence,
     COLLECT { MATCH (c:Claim {subjectId: $id}) RETURN DISTINCT coalesce(c.reportId, c.id) } AS claimedBy
FOREACH (_ IN CASE WHEN size(claimedBy) = 0 THEN [1] ELSE [] END | DELETE r)
RETURN fromId, toId, basis, confidence, claimedBy
