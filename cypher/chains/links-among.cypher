CALL (events) {
  UNWIND events AS x
  MATCH (x)-[r:RETALIATED_AGAINST|INFERRED_RETALIATION]->(y:Event)
  WHERE y IN events AND (r.status IS NULL OR (r.status = 'PROPOSED' AND $includeProposed))
  RETURN collect(r {.*, kind: type(r), from: x.id, to: y.id}) AS links
}
RETURN [e IN events |
// @include chains/event-projection.cypher
] AS events, links
