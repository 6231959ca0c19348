// What each id names already: a table's measure has an import hash; anything else (an event a
// report or an analyst declared, a node of another kind) is not the table's to overwrite.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, n.importHash AS hash, n:Event AS event
