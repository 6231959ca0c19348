// The measures that may answer another, one page at a time in id order: the whole-graph inference
// reads their candidates page by page.
MATCH (answer:Node:Event)
WHERE answer.id > $after
  AND answer.type IN $types AND answer.dateEarliest IS NOT NULL AND answer.dateLatest IS NOT NULL
RETURN answer.id AS id
ORDER BY answer.id
LIMIT $limit
