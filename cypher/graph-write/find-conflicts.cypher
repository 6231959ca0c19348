// Declared ids that already name something else: a node whose kind labels are not exactly the
// declared kind, or that another report owns (claims and source parts carry their report's id);
// a relation id held by a relationship of another type or between other ends.
UNWIND $nodes AS row
MATCH (n:Node {id: row.id})
WITH row, [label IN labels(n) WHERE label IN $kinds] AS kinds, n.reportId AS owner
WHERE kinds <> [row.kind] OR coalesce(owner, '') <> coalesce(row.owner, '')
RETURN row.path AS path, row.id AS id, kinds, owner, null AS type, null AS ends
UNION ALL
UNWIND $relations AS row
CALL (row) {
  MATCH (a)-[r:RETALIATED_AGAINST {id: row.id}]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to
  UNION ALL
  MATCH (a)-[r:RESULTED_FROM {id: row.id}]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to
  UNION ALL
  MATCH (a)-[r:PART_OF {id: row.id}]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to
  UNION ALL
  MATCH (a)-[r:BELONGS_TO {id: row.id}]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to
  UNION ALL
  MATCH (a)-[r:ACCREDITED_TO {id: row.id}]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to
  UNION ALL
  MATCH (a)-[r:HOLDS_ROLE {id: row.id}]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to
  UNION ALL
  MATCH (a)-[r:MEMBER_OF {id: row.id}]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to
  UNION ALL
  MATCH (a)-[r:NATIONAL_OF {id: row.id}]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to
  UNION ALL
  MATCH (a)-[r:PARTICIPATED_IN {id: row.id}]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to
  UNION ALL
  MATCH (a)-[r:CITES {id: row.id}]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to
  UNION ALL
  MATCH (a)-[r:INFERRED_RETALIATION {id: row.id}]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to
}
WITH row, from, type, to
WHERE type <> row.type OR from <> row.from OR to <> row.to
RETURN row.path AS path, row.id AS id, [] AS kinds, null AS owner, type, [from, to] AS ends
