// The neighbourhood of some nodes: up to $depth hops over the allowed relationship types
// ($relationTypes comes from the code's allow-list), nearest first, at most $maxNodes nodes,
// events outside the period left out; then every allowed relationship among the nodes kept.
MATCH (seed:Node)
WHERE seed.id IN $ids AND (seed:Actor OR seed:Event OR seed:Source)
CALL (seed) {
  MATCH (seed)(()-[r WHERE type(r) IN $relationTypes]-(:Actor|Event|Source)){0,3}(n:Actor|Event|Source)
  WHERE size(r) <= $depth
  RETURN n, min(size(r)) AS distance
}
WITH n, min(distance) AS distance
WHERE ($nodeLabels IS NULL OR any(label IN labels(n) WHERE label IN $nodeLabels))
  AND (NOT n:Event OR (
        ($from IS NULL OR n.dateLatest IS NULL OR n.dateLatest >= date($from))
        AND ($to IS NULL OR n.dateEarliest IS NULL OR n.dateEarliest <= date($to))))
WITH n ORDER BY distance, n.id
LIMIT $maxNodes
WITH collect(n) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes AND type(r) IN $relationTypes
  RETURN collect({id: coalesce(r.id, type(r) + ':' + a.id + '->' + b.id), type: type(r), source: a.id, target: b.id,
                  properties: properties(r)}) AS edges
}
RETURN [n IN nodes | n {.*, labels: labels(n)}] AS nodes, edges
