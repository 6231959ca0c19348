// Stated links from measures this import created: such a measure has no link yet, so they are
// created, not merged (a link another import wrote meanwhile fails the batch, which is then merged).
UNWIND range(0, size($links.id) - 1) AS i
MATCH (answer:Node {id: $links.from[i]}), (provocation:Node {id: $links.to[i]})
CREATE (answer)-[link:RETALIATED_AGAINST {id: $links.id[i], basis: $basis}]->(provocation)
RETURN count(link) AS written
