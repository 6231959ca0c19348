// Stated links between measures, one list per property; merged on the link's id.
UNWIND range(0, size($links.id) - 1) AS i
MATCH (answer:Node {id: $links.from[i]}), (provocation:Node {id: $links.to[i]})
MERGE (answer)-[link:RETALIATED_AGAINST {id: $links.id[i]}]->(provocation)
SET link.basis = $basis
RETURN count(link) AS written
