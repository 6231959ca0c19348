UNWIND $rows AS row
MATCH (e:Node:Event {id: row.id}), (s:Node:Source {id: row.sourceId})
MERGE (e)-[:REPORTED_BY]->(s)
RETURN count(*) AS written
