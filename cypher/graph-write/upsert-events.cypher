// Events are shared between reports: stated properties are set, participants accumulate. The kind
// label is set only on creation: graphWriter.claimIds has checked that an existing node is an event.
UNWIND $events AS row
MERGE (e:Node {id: row.id})
  ON CREATE SET e:Event
SET e += row.props
WITH e, row
CALL (e, row) {
  UNWIND row.actors AS actorId
  MATCH (actor:Node {id: actorId})
  MERGE (e)-[:INITIATED_BY]->(actor)
  RETURN count(actor) AS actors
}
CALL (e, row) {
  UNWIND row.targets AS targetId
  MATCH (target:Node {id: targetId})
  MERGE (e)-[:TARGETED]->(target)
  RETURN count(target) AS targets
}
CALL (e, row) {
  UNWIND row.expelled AS expelledId
  MATCH (person:Node {id: expelledId})
  MERGE (e)-[:EXPELLED]->(person)
  RETURN count(person) AS expelled
}
RETURN count(e) AS written
