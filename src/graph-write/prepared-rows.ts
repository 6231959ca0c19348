/** Rows the graph writer's Cypher takes; properties never hold nulls, so absent facts never erase stored ones. */
export interface PreparedEntity {
  id: string;
  label: 'Organization' | 'Person' | 'Group';
  props: Record<string, unknown>;
  aliases: string[];
}

export interface PreparedEvent {
  id: string;
  props: Record<string, unknown>;
  actors: string[];
  targets: string[];
  expelled: string[];
}

export interface PreparedRelation {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}
