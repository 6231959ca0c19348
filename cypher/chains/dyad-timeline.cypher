// Measures between two states in a period, both directions, earliest first (undated last), at most
// $maxEvents; an actor or target counts for a state when it is that state or belongs to it (a
// ministry, an embassy, its nationals). Starts from each state, so the cost follows the two states,
// not the graph. Measures taken by one state itself against the other itself are the join of the
// two states' relationships (a hash join on the measure: no measure's own relationships are read);
// those that reach a state through one of its parts are walked from the parts.
MATCH (first:Node:State {id: $a}), (second:Node:State {id: $b})
CALL (first, second) {
  UNWIND [[first, second], [second, first]] AS sides
  WITH sides[0] AS actor, sides[1] AS target
  CALL (actor, target) {
    MATCH (actor)<-[:INITIATED_BY]-(e)-[:TARGETED|EXPELLED]->(target)
    USING JOIN ON e
    WITH DISTINCT e WHERE e:Event
    RETURN e
    UNION
    MATCH (e:Event)-[:INITIATED_BY]->()-[:BELONGS_TO|PART_OF]->{1,3}(actor)
    WHERE EXISTS { (e)-[:TARGETED|EXPELLED]->()-[:BELONGS_TO|PART_OF|NATIONAL_OF|MEMBER_OF]->{0,3}(target) }
    RETURN e
    UNION
    MATCH (e:Event)-[:TARGETED|EXPELLED]->()-[:BELONGS_TO|PART_OF|NATIONAL_OF|MEMBER_OF]->{1,3}(target)
    WHERE EXISTS { (e)-[:INITIATED_BY]->()-[:BELONGS_TO|PART_OF]->{0,3}(actor) }
    RETURN e
  }
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
