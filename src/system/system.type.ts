import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The graph database behind this server' })
export class DatabaseInfo {
  @Field({ description: 'Product name, such as "Neo4j Kernel"' })
  name!: string;

  @Field()
  version!: string;

  @Field({ description: '"community" or "enterprise"' })
  edition!: string;
}

@ObjectType({ description: 'What this server is and what it runs on' })
export class ServerInfo {
  @Field({ description: 'Version of Riposte' })
  version!: string;

  @Field(() => DatabaseInfo)
  database!: DatabaseInfo;
}
