// Claims about nodes or relations, by the subject's id; each with where it is stated.
UNWIND $ids AS id
MATCH (c:Claim {subjectId: id})-[:STATED_IN]->(s:Source)
WITH id, c, s
ORDER BY s.id, c.id
RETURN id, collect({node: c {.*, labels: labels(c)}, rel: {}, source: s {.*, labels: labels(s)}}) AS items
