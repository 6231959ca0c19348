// $(type) comes from the code's list of navigable relationship types, never from a client.
// At most $limit neighbours per node, earliest first; only nodes the API shows count.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Node {id: id})<-[r:$($type)]-(m:Node)
  WHERE m:Event OR m:State OR m:Organization OR m:Person OR m:Group OR m:Source OR m:Claim OR m:Report
  WITH r, m
  ORDER BY m.dateEarliest, m.id
  LIMIT $limit
  RETURN collect({node: m {.*, labels: labels(m)}, rel: r {.*}}) AS items
}
RETURN id, items
