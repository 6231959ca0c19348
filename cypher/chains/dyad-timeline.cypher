// Every measure between two states in a period, both directions; an actor or target counts for a
// state when it is that state or belongs to it (a ministry, an embassy, its nationals). Starts from
// each state and walks to the measures its side took, so the cost follows the dyad, not the graph.
MATCH (first:Node:State {id: $a}), (second:Node:State {id: $b})
CALL (first, second) {
  UNWIND [[first, second], [second, first]] AS sides
  WITH sides[0] AS actor, sides[1] AS target
  MATCH (e:Event)-[:INITIATED_BY]->()-[:BELONGS_TO|PART_OF]->{0,3}(actor)
  WHERE EXISTS { (e)-[:TARGETED|EXPELLED]->()-[:BELONGS_TO|PART_OF|NATIONAL_OF|MEMBER_OF]->{0,3}(target) }
  RETURN DISTINCT e
}
WITH e
WHERE ($from IS NULL OR e.dateLatest IS NULL OR e.dateLatest >= date($from))
  AND ($to IS NULL OR e.dateEarliest IS NULL OR e.dateEarliest <= date($to))
WITH collect(DISTINCT e) AS events
// @include chains/links-among.cypher
