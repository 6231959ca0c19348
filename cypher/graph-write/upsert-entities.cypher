// Entities are shared between reports: stated properties are set, aliases accumulate.
UNWIND $entities AS row
MERGE (n:Node {id: row.id})
SET n:Actor, n:$(row.label)
SET n += row.props,
    n.aliases = reduce(acc = coalesce(n.aliases, []), alias IN row.aliases |
      CASE WHEN alias IN acc THEN acc ELSE acc + alias END)
RETURN count(n) AS written
