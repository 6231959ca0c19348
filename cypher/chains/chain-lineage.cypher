// What an event answered and what answered it, transitively, up to $depth links each way.
// Proposed (inferred, unconfirmed) links count only with $includeProposed. Each way is walked
// breadth-first, one depth at a time: each event is reached once, so the work grows with the
// events within $depth, not with the paths among them. Each way stops once more than $maxEvents
// are reached; the two ways are merged depth by depth, so the nearest $maxEvents are kept.
MATCH (start:Node:Event {id: $id})
WITH start, reduce(reached = {seen: [start], frontier: [start], levels: [[start]]}, step IN range(1, $depth) |
  [next IN [COLLECT {
      UNWIND CASE WHEN size(reached.seen) > $maxEvents THEN [] ELSE reached.frontier END AS event
      MATCH (event)-[r:RETALIATED_AGAINST|INFERRED_RETALIATION]->(other:Event)
      WHERE (r.status IS NULL OR (r.status = 'PROPOSED' AND $includeProposed)) AND NOT other IN reached.seen
      RETURN DISTINCT other
    }] | {seen: reached.seen + next, frontier: next, levels: reached.levels + [next]}][0]).levels AS answered
WITH answered, reduce(reached = {seen: [start], frontier: [start], levels: [[start]]}, step IN range(1, $depth) |
  [next IN [COLLECT {
      UNWIND CASE WHEN size(reached.seen) > $maxEvents THEN [] ELSE reached.frontier END AS event
      MATCH (event)<-[r:RETALIATED_AGAINST|INFERRED_RETALIATION]-(other:Event)
      WHERE (r.status IS NULL OR (r.status = 'PROPOSED' AND $includeProposed)) AND NOT other IN reached.seen
      RETURN DISTINCT other
    }] | {seen: reached.seen + next, frontier: next, levels: reached.levels + [next]}][0]).levels AS answeredBy
WITH reduce(events = [], event IN reduce(merged = [], level IN range(0, $depth) |
    merged + answered[level] + answeredBy[level]) |
  CASE WHEN event IN events THEN events ELSE events + event END) AS events
// @include chains/links-among.cypher
