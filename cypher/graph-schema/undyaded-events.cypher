// A page of event ids, in id order, to derive their dyads page by page. With $onlyWhenNone, none
// unless the graph holds no dyad at all (a graph bulk loaded from files, or stored before dyads were
// kept): the first page decides.
MATCH (e:Node:Event)
WHERE e.id > $after AND (NOT $onlyWhenNone OR NOT EXISTS { MATCH (:Dyad) })
RETURN e.id AS id
ORDER BY e.id
LIMIT $limit
