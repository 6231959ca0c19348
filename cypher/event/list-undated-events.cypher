// A page of the events with no known earliest day (they follow the dated ones in either direction), by id.
MATCH (e:Event)
// @include event/event-filter.cypher
  AND e.dateEarliest IS NULL
WITH e
ORDER BY e.id ASC
SKIP $offset
LIMIT $limit
RETURN e {.*, labels: labels(e)} AS node, {} AS fetched
