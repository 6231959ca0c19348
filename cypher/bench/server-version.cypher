// Bench only: which Neo4j the figures were measured on.
CALL dbms.components() YIELD name, versions, edition
RETURN name + ' ' + versions[0] + ' ' + edition AS version
