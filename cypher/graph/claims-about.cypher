// Claims about nodes or relations, by the subject's id; each with where it is stated. At most
// $limit per subject.
UNWIND $ids AS id
CALL (id) {
  MATCH (c:Claim {subjectId: id})-[:STATED_IN]->(s:Source)
  WITH c, s
  ORDER BY s.id, c.id
  LIMIT $limit
  RETURN collect({node: c {.*, labels: labels(c)}, rel: {}, source: s {.*, labels: labels(s)}}) AS items
}
RETURN id, items
