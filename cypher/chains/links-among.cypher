// The first $maxEvents of `events` (nearest or earliest first) and at most $maxLinks links among
// them, those of the first events first; truncated when either cap left something out.
WITH events[..$maxEvents] AS events, size(events) > $maxEvents AS eventsCut
CALL (events) {
  UNWIND range(0, size(events) - 1) AS position
  WITH events[position] AS x, position
  MATCH (x)-[r:RETALIATED_AGAINST|INFERRED_RETALIATION]->(y:Event)
  WHERE y IN events AND (r.status IS NULL OR (r.status = 'PROPOSED' AND $includeProposed))
  WITH x, r, y
  ORDER BY position, y.id
  LIMIT $maxLinks + 1
  RETURN collect(r {.*, kind: type(r), from: x.id, to: y.id}) AS links
}
RETURN [e IN events |
// @include chains/event-projection.cypher
] AS events, links[..$maxLinks] AS links, eventsCut OR size(links) > $maxLinks AS truncated
