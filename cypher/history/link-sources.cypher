UNWIND $rows AS row
MATCH (e:Event {id: row.id}), (s:Source {id: row.sourceId})
MERGE (e)-[:REPORTED_BY]->(s)
RETURN count(*) AS written
