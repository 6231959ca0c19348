// Everything connected to an event by retaliation links in either direction, up to $depth links
// away: the other countries one multilateral answer also answered, for example. Walked breadth-first,
// one depth at a time: each event is reached once, at its fewest links, so the work grows with the
// events within $depth, not with the paths among them. The walk stops once more than $maxEvents
// are reached, and the nearest $maxEvents are kept.
MATCH (start:Node:Event {id: $id})
WITH reduce(reached = {seen: [start], frontier: [start]}, step IN range(1, $depth) |
  [next IN [COLLECT {
      UNWIND CASE WHEN size(reached.seen) > $maxEvents THEN [] ELSE reached.frontier END AS event
      MATCH (event)-[r:RETALIATED_AGAINST|INFERRED_RETALIATION]-(other:Event)
      WHERE (r.status IS NULL OR (r.status = 'PROPOSED' AND $includeProposed)) AND NOT other IN reached.seen
      RETURN DISTINCT other
    }] | {seen: reached.seen + next, frontier: next}][0]).seen AS events
// @include chains/links-among.cypher
