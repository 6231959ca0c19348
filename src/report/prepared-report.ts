/** A validated report turned into the rows its Cypher writes; properties never hold nulls. */
export interface PreparedReport {
  id: string;
  hash: string;
  props: Record<string, unknown>;
  source: {
    id: string;
    props: Record<string, unknown>;
    outlet: string | null;
    parts: Array<{ id: string; props: Record<string, unknown> }>;
    cites: Array<{ target: string; quote: string }>;
  };
  entities: Array<{
    id: string;
    label: 'Organization' | 'Person' | 'Group';
    props: Record<string, unknown>;
    aliases: string[];
  }>;
  events: Array<{
    id: string;
    props: Record<string, unknown>;
    actors: string[];
    targets: string[];
    expelled: string[];
  }>;
  relations: Array<{ id: string; type: string; from: string; to: string; props: Record<string, unknown> }>;
  claims: Array<{
    id: string;
    subject: string;
    aboutRelation: boolean;
    statedIn: string;
    props: Record<string, unknown>;
  }>;
}
