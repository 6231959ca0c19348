import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/role';
import { DraftReportInput } from './draft.input';
import { draftReport } from './draft-report';

@Resolver()
export class DraftResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => GraphQLJSONObject, {
    description: 'Draft a report (the ingest format) from an article, for review; writes nothing',
  })
  draftReport(@Arg('input', () => DraftReportInput) input: DraftReportInput): Record<string, unknown> {
    const { text, ...options } = input;
    return draftReport(text, options);
  }
}
