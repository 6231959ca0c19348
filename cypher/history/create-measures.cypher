// Measures whose ids are not in the graph yet, created, not merged, from one list per property. The
// nodes a batch shares are looked up once, before any measure: its states (by position in
// $states), its sources (articles named by URL only, of a reliability that cannot be judged (F)
// until someone grades them: the first $sources.created, not in the graph when the table was
// checked, created; the others merged, a source in the graph left as it is) and its dyads (a table's
// actors and targets are states, so each (actor, target) pair is one dyad; refresh-dyads.cypher
// derives the same from the paths). Each measure then finds them by element id at their position
// (numbers arrive as floats, hence toInteger), with a label the created measures do not carry, so
// that the planner streams the rows without an Eager. A null column value leaves the property unset.
CALL () {
  UNWIND range(0, size($states) - 1) AS k
  OPTIONAL MATCH (state:Node:State {id: $states[k]})
  WITH k, state ORDER BY k
  RETURN collect(coalesce(elementId(state), '')) AS states
}
CALL () {
  UNWIND range(0, toInteger($sources.created) - 1) AS k
  CREATE (source:Node:Source {id: $sources.id[k], kind: 'ARTICLE', url: $sources.url[k], reliability: 'F'})
  WITH k, source ORDER BY k
  RETURN collect(elementId(source)) AS createdSources
}
CALL () {
  UNWIND range(toInteger($sources.created), size($sources.id) - 1) AS k
  MERGE (source:Node {id: $sources.id[k]})
    ON CREATE SET source:Source, source.kind = 'ARTICLE', source.url = $sources.url[k], source.reliability = 'F'
  WITH k, source ORDER BY k
  RETURN collect(elementId(source)) AS mergedSources
}
CALL () {
  UNWIND range(0, size($dyads.key) - 1) AS k
  MERGE (dyad:Dyad {key: $dyads.key[k]})
    ON CREATE SET dyad.actor = $dyads.actor[k], dyad.target = $dyads.target[k]
  WITH k, dyad ORDER BY k
  RETURN collect(elementId(dyad)) AS dyads
}
WITH states, createdSources + mergedSources AS sources, dyads
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
WITH e, i, states, sources, dyads
CALL (e, i, states) {
  UNWIND $measures.actors[i] AS k
  MATCH (actor:State) WHERE elementId(actor) = states[toInteger(k)]
  CREATE (e)-[:INITIATED_BY]->(actor)
}
CALL (e, i, states) {
  UNWIND $measures.targets[i] AS k
  MATCH (target:State) WHERE elementId(target) = states[toInteger(k)]
  CREATE (e)-[:TARGETED]->(target)
}
CALL (e, i, dyads) {
  UNWIND $measures.dyads[i] AS k
  MATCH (dyad:Dyad) WHERE elementId(dyad) = dyads[toInteger(k)]
  CREATE (e)-[:IN_DYAD {
    key: $dyads.key[toInteger(k)],
    day: coalesce(date($measures.dateEarliest[i]), date($measures.dateLatest[i])),
    byAffiliation: false
  }]->(dyad)
}
CALL (e, i, sources) {
  MATCH (source:Source) WHERE elementId(source) = sources[toInteger($measures.source[i])]
  CREATE (e)-[:REPORTED_BY]->(source)
}
RETURN count(e) AS created
