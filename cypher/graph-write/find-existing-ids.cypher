UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN collect(n.id) AS found
