import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What ingesting a report did' })
export class IngestOutcome {
  @Field()
  reportId!: string;

  @Field({ description: 'created, updated or unchanged (a rejected report is an error instead)' })
  status!: string;

  @Field(() => Int)
  nodesCreated!: number;

  @Field(() => Int)
  relationshipsCreated!: number;

  @Field(() => Int)
  nodesDeleted!: number;

  @Field(() => Int)
  relationshipsDeleted!: number;
}
