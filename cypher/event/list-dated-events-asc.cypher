// A page of the events with a known earliest day, earliest first: walks the date index in order and
// stops once the page is full. Ties broken by id. `fetched` holds what a translated read adds
// (src/read-translation): the reads below each event of the page, and only of the page.
MATCH (e:Event)
// @include event/event-filter.cypher
  AND e.dateEarliest IS NOT NULL
WITH e
ORDER BY e.dateEarliest ASC, e.id ASC
SKIP $offset
LIMIT $limit
RETURN e {.*, labels: labels(e)} AS node, {} AS fetched
