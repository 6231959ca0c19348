import { Arg, Authorized, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Role } from '../auth/role';
import type { HistoryImportService } from './history-import.service';
import { HistoryRowInput } from './history-row.input';
import { ConflictError, InvalidInputError } from '../domain/errors';

@ObjectType({ description: 'What importing a history table did' })
export class HistoryImportSummary {
  @Field(() => Int)
  rows!: number;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int, { description: 'Stated links written' })
  links!: number;
}

export const MAX_HISTORY_ROWS_PER_REQUEST = 10_000;

@Resolver()
export class HistoryResolver {
  constructor(private readonly service: HistoryImportService) {}

  @Authorized(Role.EDITOR)
  @Mutation(() => HistoryImportSummary, {
    description: 'Import a table of measures, as `npm run import` does',
  })
  async importHistory(
    @Arg('rows', () => [HistoryRowInput], { validateFn: () => undefined }) rows: HistoryRowInput[],
  ): Promise<HistoryImportSummary> {
    if (rows.length > MAX_HISTORY_ROWS_PER_REQUEST) {
      throw new InvalidInputError([
        {
          path: 'rows',
          message: `at most ${MAX_HISTORY_ROWS_PER_REQUEST} rows per request; use npm run import for more`,
        },
      ]);
    }
    const summary = await this.service.import(rows.map((row) => ({ ...row })));
    if (summary.conflict) throw new ConflictError('Conflict in the table', summary.problems);
    if (summary.rejected > 0) throw new InvalidInputError(summary.problems, 'rows');
    return summary;
  }
}
