MATCH (e:Event)
WHERE $type IS NULL OR e.type = $type
RETURN count(e) AS total
