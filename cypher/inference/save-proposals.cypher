UNWIND $proposals AS proposal
MATCH (answer:Node:Event {id: proposal.answerId}), (act:Node:Event {id: proposal.actId})
MERGE (answer)-[r:INFERRED_RETALIATION {id: proposal.id}]->(act)
ON CREATE SET r.status = 'PROPOSED', r.score = proposal.score, r.reasons = proposal.reasons,
              r.windowDays = $windowDays, r.proposedAt = datetime()
RETURN count(r) AS saved
