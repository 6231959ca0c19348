// Everything connected to an event by retaliation links in either direction, up to $depth links
// away: the other countries one multilateral answer also answered, for example.
MATCH (start:Node:Event {id: $id})
CALL (start) {
  MATCH (start)(()-[r:RETALIATED_AGAINST|INFERRED_RETALIATION
      WHERE r.status IS NULL OR (r.status = 'PROPOSED' AND $includeProposed)]-()){1,10}(other:Event)
  WHERE size(r) <= $depth
  RETURN other
  UNION
  RETURN start AS other
}
WITH collect(DISTINCT other) AS events
// @include chains/links-among.cypher
