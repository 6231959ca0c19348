// What an event answered and what answered it, transitively, up to $depth links each way.
// Proposed (inferred, unconfirmed) links count only with $includeProposed.
MATCH (start:Node:Event {id: $id})
CALL (start) {
  MATCH (start)(()-[r:RETALIATED_AGAINST|INFERRED_RETALIATION
      WHERE r.status IS NULL OR (r.status = 'PROPOSED' AND $includeProposed)]->()){1,10}(other:Event)
  WHERE size(r) <= $depth
  RETURN other
  UNION
  MATCH (other:Event)(()-[r:RETALIATED_AGAINST|INFERRED_RETALIATION
      WHERE r.status IS NULL OR (r.status = 'PROPOSED' AND $includeProposed)]->()){1,10}(start)
  WHERE size(r) <= $depth
  RETURN other
  UNION
  RETURN start AS other
}
WITH collect(DISTINCT other) AS events
// @include chains/links-among.cypher
