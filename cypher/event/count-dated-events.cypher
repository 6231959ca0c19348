MATCH (e:Event)
// @include event/event-filter.cypher
  AND e.dateEarliest IS NOT NULL
RETURN count(e) AS total
