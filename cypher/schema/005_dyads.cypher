// Dyads: each ordered pair of states (actor state, target state) with the measures between them by
// day (cypher/graph-write/refresh-dyads.cypher keeps them), so a pair's measures are one index seek.
CREATE CONSTRAINT dyad_key IF NOT EXISTS FOR (d:Dyad) REQUIRE d.key IS UNIQUE;
CREATE INDEX in_dyad_key_day IF NOT EXISTS FOR ()-[r:IN_DYAD]-() ON (r.key, r.day);
