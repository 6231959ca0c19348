import type { PreparedEntity, PreparedEvent, PreparedRelation } from '../graph-write/prepared-rows';

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
  entities: PreparedEntity[];
  events: PreparedEvent[];
  relations: PreparedRelation[];
  claims: Array<{
    id: string;
    subject: string;
    aboutRelation: boolean;
    statedIn: string;
    props: Record<string, unknown>;
  }>;
}
