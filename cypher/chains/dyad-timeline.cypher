// Every measure between two states in a period, both directions; an actor or target counts for a
// state when it is that state or belongs to it (a ministry, an embassy, its nationals).
MATCH (e:Event)
WHERE ($from IS NULL OR e.dateLatest IS NULL OR e.dateLatest >= date($from))
  AND ($to IS NULL OR e.dateEarliest IS NULL OR e.dateEarliest <= date($to))
WITH e,
  COLLECT { MATCH (e)-[:INITIATED_BY]->()-[:BELONGS_TO|PART_OF]->{0,3}(s:State) RETURN DISTINCT s.id } AS actors,
  COLLECT { MATCH (e)-[:TARGETED|EXPELLED]->()-[:BELONGS_TO|PART_OF|NATIONAL_OF|MEMBER_OF]->{0,3}(s:State) RETURN DISTINCT s.id } AS targets
WHERE ($a IN actors AND $b IN targets) OR ($b IN actors AND $a IN targets)
WITH collect(e) AS events
// @include chains/links-among.cypher
