MATCH (e:Event)
// @include event/event-filter.cypher
RETURN count(e) AS total
