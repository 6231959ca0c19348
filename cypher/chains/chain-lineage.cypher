// What an event answered and what answered it, transitively, up to $depth links each way.
// Proposed (inferred, unconfirmed) links count only with $includeProposed. Each way is walked
// breadth-first, one depth at a time: each event is reached once, so the work grows with the
// events within $depth, not with the paths among them.
MATCH (start:Node:Event {id: $id})
WITH start, reduce(reached = {seen: [start], frontier: [start]}, step IN range(1, $depth) |
  [next IN [COLLECT {
      UNWIND reached.frontier AS event
      MATCH (event)-[r:RETALIATED_AGAINST|INFERRED_RETALIATION]->(other:Event)
      WHERE (r.status IS NULL OR (r.status = 'PROPOSED' AND $includeProposed)) AND NOT other IN reached.seen
      RETURN DISTINCT other
    }] | {seen: reached.seen + next, frontier: next}][0]).seen AS answered
WITH answered, reduce(reached = {seen: [start], frontier: [start]}, step IN range(1, $depth) |
  [next IN [COLLECT {
      UNWIND reached.frontier AS event
      MATCH (event)<-[r:RETALIATED_AGAINST|INFERRED_RETALIATION]-(other:Event)
      WHERE (r.status IS NULL OR (r.status = 'PROPOSED' AND $includeProposed)) AND NOT other IN reached.seen
      RETURN DISTINCT other
    }] | {seen: reached.seen + next, frontier: next}][0]).seen AS answeredBy
UNWIND answered + answeredBy AS event
WITH collect(DISTINCT event) AS events
// @include chains/links-among.cypher
