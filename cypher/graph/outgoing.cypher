// $(type) comes from the code's list of navigable relationship types, never from a client.
UNWIND $ids AS id
MATCH (n:Node {id: id})-[r:$($type)]->(m:Node)
WITH id, r, m
ORDER BY m.dateEarliest, m.id
RETURN id, collect({node: m {.*, labels: labels(m)}, rel: r {.*}}) AS items
