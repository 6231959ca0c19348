// The measures that may answer another, one page at a time in id order, optionally only those
// dated within a period: the whole-graph inference reads their candidates page by page.
MATCH (answer:Node:Event)
WHERE answer.id > $after
  AND answer.type IN $types AND answer.dateEarliest IS NOT NULL AND answer.dateLatest IS NOT NULL
  AND ($from IS NULL OR answer.dateLatest >= date($from))
  AND ($to IS NULL OR answer.dateEarliest <= date($to))
RETURN answer.id AS id
ORDER BY answer.id
LIMIT $limit
