// A page of the events with a known earliest day, earliest first: walks the date index in order and
// stops once the page is full. Ties broken by id.
MATCH (e:Event)
// @include event/event-filter.cypher
  AND e.dateEarliest IS NOT NULL
RETURN e {.*, labels: labels(e)} AS node
ORDER BY e.dateEarliest ASC, e.id ASC
SKIP $offset
LIMIT $limit
