// Measures whose ids are not in the graph yet: created, not merged, from one list per property,
// with their dyads: a table's actors and targets are states, so each (actor, target) pair is one
// (refresh-dyads.cypher derives the same from the paths). A null column value leaves the property unset. Their sources are in the graph already
// (upsert-sources.cypher, same transaction). Every node matched carries a label the created
// measures do not (:State, :Source), so the planner streams the rows without an Eager.
UNWIND range(0, size($measures.id) - 1) AS i
CREATE (e:Node:Event {
  id: $measures.id[i],
  type: $measures.type[i],
  title: $measures.title[i],
  description: $measures.description[i],
  secret: $measures.secret[i],
  count: $measures.count[i],
  cameoCode: $measures.cameoCode[i],
  goldstein: $measures.goldstein[i],
  cameoDefaulted: $measures.cameoDefaulted[i],
  goldsteinDefaulted: $measures.goldsteinDefaulted[i],
  ploverCategory: $measures.ploverCategory[i],
  ploverMode: $measures.ploverMode[i],
  date: $measures.date[i],
  dateEarliest: date($measures.dateEarliest[i]),
  dateLatest: date($measures.dateLatest[i]),
  datePrecision: $measures.datePrecision[i],
  dateApproximate: $measures.dateApproximate[i],
  dateUncertain: $measures.dateUncertain[i],
  importHash: $measures.importHash[i]
})
WITH e, i
CALL (e, i) {
  UNWIND $measures.actors[i] AS actorId
  MATCH (actor:Node:State {id: actorId})
  CREATE (e)-[:INITIATED_BY]->(actor)
}
CALL (e, i) {
  UNWIND $measures.targets[i] AS targetId
  MATCH (target:Node:State {id: targetId})
  CREATE (e)-[:TARGETED]->(target)
}
CALL (e, i) {
  UNWIND $measures.actors[i] AS actorId
  UNWIND $measures.targets[i] AS targetId
  WITH DISTINCT actorId, targetId
  MERGE (dyad:Dyad {key: actorId + '>' + targetId})
    ON CREATE SET dyad.actor = actorId, dyad.target = targetId
  CREATE (e)-[:IN_DYAD {key: dyad.key, day: coalesce(e.dateEarliest, e.dateLatest), byAffiliation: false}]->(dyad)
}
CALL (e, i) {
  WITH i WHERE $measures.sourceId[i] IS NOT NULL
  MATCH (source:Node:Source {id: $measures.sourceId[i]})
  CREATE (e)-[:REPORTED_BY]->(source)
}
RETURN count(e) AS created
