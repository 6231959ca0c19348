// What an initial load would overwrite: any node but the reference states every start writes.
MATCH (n)
WHERE NOT n:State
RETURN count(n) AS nodes
