// Confirming turns a proposal into a RETALIATED_AGAINST link (basis INFERRED, its score as
// confidence); rejecting keeps it, marked, so it is never proposed again.
MATCH (answer:Event)-[r:INFERRED_RETALIATION {id: $id}]->(act:Event)
WHERE r.status = 'PROPOSED' OR r.status = $status
SET r.status = $status, r.decidedBy = $by, r.decidedAt = coalesce(r.decidedAt, datetime()), r.decisionNote = $note
FOREACH (_ IN CASE WHEN $status = 'CONFIRMED' THEN [1] ELSE [] END |
  MERGE (answer)-[link:RETALIATED_AGAINST {id: r.id}]->(act)
  ON CREATE SET link.basis = 'INFERRED', link.confidence = r.score,
                link.note = 'confirmed from an inferred proposal: ' + reduce(s = '', reason IN r.reasons | s + reason + '; ')
)
RETURN r {.*, from: answer.id, to: act.id} AS proposal
