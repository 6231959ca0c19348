import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A node of a subgraph, for drawing' })
export class GraphNode {
  @Field({ description: 'Stable id, as in node(id)' })
  id!: string;

  @Field({ description: 'What to show' })
  label!: string;

  @Field({ description: 'State, Organization, Person, Group, Event or Source' })
  type!: string;

  @Field(() => GraphQLJSONObject, { description: 'Its stored properties; dates as ISO strings, EDTF kept' })
  properties!: Record<string, unknown>;
}

@ObjectType({ description: 'A relationship of a subgraph' })
export class GraphEdge {
  @Field({ description: 'Stable: the relation id, or TYPE:from->to' })
  id!: string;

  @Field()
  source!: string;

  @Field()
  target!: string;

  @Field({ description: 'Relationship type, such as RETALIATED_AGAINST' })
  type!: string;

  @Field()
  label!: string;

  @Field(() => GraphQLJSONObject)
  properties!: Record<string, unknown>;
}

@ObjectType({ description: 'Nodes and edges, as front ends draw them' })
export class Subgraph {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];

  @Field({
    description:
      'True when maxNodes (subgraph) or maxEvents and maxLinks (chainGraph) left nodes or edges out',
  })
  truncated!: boolean;
}
