// A table names its sources by URL only: they are articles of a reliability that cannot be judged (F)
// until someone grades them.
UNWIND $sources AS source
MERGE (s:Node {id: source.id})
SET s:Source, s.kind = coalesce(s.kind, 'ARTICLE'), s.url = source.url, s.reliability = coalesce(s.reliability, 'F')
RETURN count(s) AS written
