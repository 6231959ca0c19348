// How many events matching the filter have a known earliest day: where the undated ones start.
MATCH (e:Event)
// @include event/event-filter.cypher
  AND e.dateEarliest IS NOT NULL
RETURN count(e) AS total
