import { IsEnum, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Authorized, Ctx, Field, Info, Int, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/role';
import type { GraphQLContext } from '../graph/request-context';
import { toNode } from '../model/node.mapper';
import { primeRows } from '../read-translation/prime-loaders';
import { plannedReads } from '../read-translation/planned-reads';
import { escapeLucene, matchingPassage, queryTerms } from './passage';
import { SearchRepository } from './search.repository';
import { SearchHit, SearchKind } from './search.type';

@ArgsType()
class SearchArgs {
  @Field({ description: 'Words to find; operators are not interpreted' })
  @IsString()
  @Length(1, 200)
  text!: string;

  @Field(() => [SearchKind], { nullable: true, description: 'Only these kinds of node' })
  @IsOptional()
  @IsEnum(SearchKind, { each: true })
  kinds?: SearchKind[];

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(100)
  first = 20;
}

@Resolver()
export class SearchResolver {
  constructor(private readonly repository: SearchRepository) {}

  @Authorized(Role.READER)
  @Query(() => [SearchHit], {
    description: 'Full-text search across names, aliases, event texts and quotes, best first',
  })
  async search(
    @Args() { text, kinds, first }: SearchArgs,
    @Ctx() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchHit[]> {
    const terms = queryTerms(text);
    if (terms.length === 0) return [];
    const plan = plannedReads(context, info, ['node']);
    const rows = await this.repository.search(terms.map(escapeLucene).join(' '), kinds ?? null, first, plan);
    primeRows(context.loaders, plan, rows);
    return rows.flatMap(({ node, score }) => {
      const mapped = toNode(node);
      if (!mapped) return [];
      const match = matchingPassage(node, terms);
      return [{ score, node: mapped, field: match?.field ?? null, passage: match?.passage ?? null }];
    });
  }
}
