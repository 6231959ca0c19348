// The dyads of the events $eventIds and of every event within reach of $entityIds (the entity, or
// one up to two BELONGS_TO|PART_OF|NATIONAL_OF|MEMBER_OF hops below it, is the event's actor or
// target), derived again from the graph: one IN_DYAD per (actor state, target state), an actor or
// target counting for a state when it is that state or belongs to it within three hops (the rule
// of the inference and the chains). `day` is the event's earliest date, else its latest;
// `byAffiliation` marks an actor state reached only through NATIONAL_OF or MEMBER_OF (the dyad
// timeline counts actors through BELONGS_TO|PART_OF alone).
CALL () {
  UNWIND $eventIds AS id
  MATCH (e:Node {id: id})
  WHERE e:Event
  RETURN e
  UNION
  UNWIND $entityIds AS id
  MATCH (:Node {id: id})<-[:BELONGS_TO|PART_OF|NATIONAL_OF|MEMBER_OF]-{0,2}()<-[:INITIATED_BY|TARGETED|EXPELLED]-(e:Event)
  RETURN e
}
CALL (e) {
  OPTIONAL MATCH (e)-[old:IN_DYAD]->()
  DELETE old
  RETURN count(old) AS removed
}
WITH e,
  COLLECT { MATCH (e)-[:INITIATED_BY]->()-[:BELONGS_TO|PART_OF|NATIONAL_OF|MEMBER_OF]->{0,3}(s:State) RETURN DISTINCT s.id } AS actors,
  COLLECT { MATCH (e)-[:INITIATED_BY]->()-[:BELONGS_TO|PART_OF]->{0,3}(s:State) RETURN DISTINCT s.id } AS ownActors,
  COLLECT { MATCH (e)-[:TARGETED|EXPELLED]->()-[:BELONGS_TO|PART_OF|NATIONAL_OF|MEMBER_OF]->{0,3}(s:State) RETURN DISTINCT s.id } AS targets
CALL (e, actors, ownActors, targets) {
  UNWIND actors AS actor
  UNWIND targets AS target
  MERGE (d:Dyad {key: actor + '>' + target})
    ON CREATE SET d.actor = actor, d.target = target
  CREATE (e)-[:IN_DYAD {key: d.key, day: coalesce(e.dateEarliest, e.dateLatest), byAffiliation: NOT actor IN ownActors}]->(d)
  RETURN count(*) AS dyads
}
RETURN count(e) AS refreshed
