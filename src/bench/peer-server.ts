import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';

/** A comparison server: @neo4j/graphql generating Cypher over Riposte's graph, read-only and without auth. */
export interface PeerServer {
  url: string;
  stop(): Promise<void>;
}

export interface PeerServerOptions {
  /** 0 (the default) lets the system choose a free port. */
  port?: number;
  /** The Neo4j database to query; the driver's default database when unset. */
  database?: string;
}

// Every actor (state, organisation, person, group) carries :Actor, so actors of any kind are found.
const typeDefs = /* GraphQL */ `
  extend schema @mutation(operations: [])

  type Event @node(labels: ["Event"]) {
    id: ID!
    type: String!
    title: String!
    date: String
    dateEarliest: Date
    count: Int
    actors: [Actor!]! @relationship(type: "INITIATED_BY", direction: OUT)
    targets: [Actor!]! @relationship(type: "TARGETED", direction: OUT)
    answers: [Event!]! @relationship(type: "RETALIATED_AGAINST", direction: OUT, properties: "Retaliation")
    answeredBy: [Event!]! @relationship(type: "RETALIATED_AGAINST", direction: IN, properties: "Retaliation")
  }

  type Actor @node(labels: ["Actor"]) {
    id: ID!
    name: String
    iso2: String
  }

  type Retaliation @relationshipProperties {
    id: ID!
    basis: String!
  }
`;

/** Riposte's nested list query (the bench's NESTED_QUERY), in the peer's schema. */
export const PEER_NESTED_QUERY = `{ events(where: {type: {eq: "EXPULSION"}}, sort: [{dateEarliest: DESC}, {id: ASC}], limit: 20) {
  id title date actors { name } targets { name } answers { title } answeredBy { title } } }`;

export async function startPeerServer(driver: Driver, options: PeerServerOptions = {}): Promise<PeerServer> {
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const sessionConfig = { database: options.database };
  const { url } = await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port: options.port ?? 0 },
    context: async () => ({ sessionConfig }),
  });
  return { url, stop: () => server.stop() };
}
