// Bench only: removes events and URL sources, a batch at a time, leaving states and the schema.
MATCH (n:Node)
WHERE n:Event OR (n:Source AND n.id STARTS WITH 'source:url-')
WITH n LIMIT 20000
DETACH DELETE n
RETURN count(*) AS deleted
