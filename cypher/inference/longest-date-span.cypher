// The most days between the earliest and the latest date of one measure of these types.
MATCH (e:Node:Event)
WHERE e.type IN $types AND e.dateEarliest IS NOT NULL AND e.dateLatest IS NOT NULL
RETURN coalesce(max(duration.inDays(e.dateEarliest, e.dateLatest).days), 0) AS days
