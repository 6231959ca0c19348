// Measures between two states in a period, both directions, earliest first (undated last), at most
// $maxEvents; an actor counts for a state when it is that state or belongs to it through
// BELONGS_TO|PART_OF (a ministry, an embassy), a target also through NATIONAL_OF|MEMBER_OF (its
// nationals). Read from the two dyads (cypher/graph-write/refresh-dyads.cypher), so the cost follows
// the measures between the two states, not the graph nor each state's other measures.
MATCH (first:Node:State {id: $a}), (second:Node:State {id: $b})
CALL (first, second) {
  UNWIND [first.id + '>' + second.id, second.id + '>' + first.id] AS key
  MATCH (:Dyad {key: key})<-[r:IN_DYAD]-(e:Event)
  WHERE NOT r.byAffiliation
  RETURN DISTINCT e
}
WITH DISTINCT e
WHERE ($from IS NULL OR e.dateLatest IS NULL OR e.dateLatest >= date($from))
  AND ($to IS NULL OR e.dateEarliest IS NULL OR e.dateEarliest <= date($to))
WITH e
ORDER BY coalesce(e.dateEarliest, e.dateLatest) IS NULL, coalesce(e.dateEarliest, e.dateLatest), e.id
LIMIT $maxEvents + 1
WITH collect(e) AS events
// @include chains/links-among.cypher
