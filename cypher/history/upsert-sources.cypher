// A table names its sources by URL only: they are articles of a reliability that cannot be judged (F)
// until someone grades them. The kind label is set only on creation.
UNWIND $sources AS source
MERGE (s:Node {id: source.id})
  ON CREATE SET s:Source, s.kind = 'ARTICLE', s.reliability = 'F'
SET s.url = source.url
RETURN count(s) AS written
