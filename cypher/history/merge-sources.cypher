// The sources a batch of new measures names, before the measures: articles named by URL only, of a
// reliability that cannot be judged (F) until someone grades them. A source already in the graph
// is left as it is.
UNWIND $sources AS source
MERGE (s:Node {id: source.id})
  ON CREATE SET s:Source, s.kind = 'ARTICLE', s.url = source.url, s.reliability = 'F'
RETURN count(s) AS written
