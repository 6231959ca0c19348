// Chains from a measure nothing answered back to an act that answered nothing, longest or most
// escalating first. Each such pair is found breadth-first (each event reached once) and joined by
// its most direct chain of links, so the work grows with the pairs, not with every path between
// them. Escalation adds, for each answer, how many more people it expelled than all the acts it
// answered (answers whose counts are not all known add nothing): the definition of escalation()
// in src/domain/retaliation-metrics.ts, which a test holds this copy to.
MATCH (leaf:Event)
WHERE NOT EXISTS { (:Event)-[:RETALIATED_AGAINST]->(leaf) }
CALL (leaf) {
  MATCH (leaf)-[:RETALIATED_AGAINST*1..10]->(root:Event)
  RETURN DISTINCT root
}
WITH leaf, root
WHERE NOT EXISTS { (root)-[:RETALIATED_AGAINST]->(:Event) }
MATCH p = shortestPath((leaf)-[:RETALIATED_AGAINST*1..10]->(root))
CALL (p, root) {
  UNWIND [n IN nodes(p) WHERE n <> root] AS answer
  MATCH (answer)-[:RETALIATED_AGAINST]->(act:Event)
  WITH answer, collect(act.count) AS counts, count(act) AS acts
  RETURN sum(CASE WHEN answer.count IS NULL OR size(counts) < acts THEN 0
                  ELSE answer.count - reduce(total = 0, c IN counts | total + c) END) AS escalation
}
WITH p, length(p) AS hops, escalation
ORDER BY CASE WHEN $orderBy = 'ESCALATION' THEN escalation ELSE hops END DESC, hops DESC, escalation DESC
LIMIT $limit
WITH nodes(p) AS events, [r IN relationships(p) | r {.*, kind: type(r), from: startNode(r).id, to: endNode(r).id}] AS links, escalation
RETURN [e IN events |
// @include chains/event-projection.cypher
] AS events, links, escalation
