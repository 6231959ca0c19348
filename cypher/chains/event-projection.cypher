e {.*, labels: labels(e),
   actorStates: COLLECT { MATCH (e)-[:INITIATED_BY]->()-[:BELONGS_TO|PART_OF|NATIONAL_OF|MEMBER_OF]->{0,3}(s:State) RETURN DISTINCT s.id },
   targetStates: COLLECT { MATCH (e)-[:TARGETED|EXPELLED]->()-[:BELONGS_TO|PART_OF|NATIONAL_OF|MEMBER_OF]->{0,3}(s:State) RETURN DISTINCT s.id },
   answeredCounts: COLLECT { MATCH (e)-[:RETALIATED_AGAINST]->(act:Event) RETURN coalesce(act.count, -1) }
   // @fetched
}
