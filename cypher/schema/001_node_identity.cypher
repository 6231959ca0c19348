// Every node Riposte manages carries :Node and a stable, globally unique id (such as "state:FR").
CREATE CONSTRAINT node_id IF NOT EXISTS
FOR (n:Node) REQUIRE n.id IS UNIQUE;
