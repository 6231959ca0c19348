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

@ObjectType({ description: 'Who is asking, as the server sees the credentials of this request' })
export class Viewer {
  @Field({ description: 'The key name or token subject; "anonymous" without credentials' })
  subject!: string;

  @Field(() => [String], { description: 'reader, editor or admin; each includes the ones before it' })
  roles!: string[];

  @Field({ description: 'Whether this request may write: the editor role or above' })
  canEdit!: boolean;
}
