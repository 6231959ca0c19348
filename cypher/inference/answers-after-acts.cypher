// The measures that may answer one of $actIds by the rules of candidates.cypher: by B against A
// (the act's dyad reversed), beginning at most $windowDays after the act's earliest day and ending
// on or after it. Such an answer begins at most $spanDays (the longest date span among the graph's
// measures) before the act, which bounds the seek of the IN_DYAD (key, day) index.
MATCH (act:Node:Event)
WHERE act.id IN $actIds
  AND act.type IN $types AND act.dateEarliest IS NOT NULL AND act.dateLatest IS NOT NULL
CALL (act) {
  MATCH (act)-[:IN_DYAD]->(d:Dyad)
  WITH DISTINCT d.target + '>' + d.actor AS key
  MATCH (answer:Event)-[r:IN_DYAD]->()
  WHERE r.key = key
    AND r.day >= act.dateEarliest - duration({days: $spanDays})
    AND r.day <= act.dateEarliest + duration({days: $windowDays})
  RETURN DISTINCT answer
}
WITH act, answer
WHERE answer <> act AND answer.type IN $types
  AND answer.dateEarliest IS NOT NULL AND answer.dateLatest IS NOT NULL
  AND answer.dateEarliest <= act.dateEarliest + duration({days: $windowDays})
  AND answer.dateLatest >= act.dateEarliest
RETURN DISTINCT answer.id AS id
