// Entities are shared between reports: stated properties are set, aliases accumulate. Kind labels
// are set only on creation: graphWriter.claimIds has checked that an existing node is of this kind.
UNWIND $entities AS row
MERGE (n:Node {id: row.id})
  ON CREATE SET n:Actor, n:$(row.label)
SET n += row.props,
    n.aliases = reduce(acc = coalesce(n.aliases, []), alias IN row.aliases |
      CASE WHEN alias IN acc THEN acc ELSE acc + alias END)
RETURN count(n) AS written
