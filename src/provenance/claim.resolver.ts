import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { neighbourNodes } from '../model/node-fields';
import { toNode } from '../model/node.mapper';
import { Node } from '../model/node.type';
import type { GraphQLContext } from '../graph/request-context';
import { Claim, Source } from '../model/provenance.type';

async function sourceOf(claim: Claim, context: GraphQLContext): Promise<Source> {
  if (claim.knownSource) return claim.knownSource;
  const [source] = await neighbourNodes<Source>(context, 'OUT', 'STATED_IN', claim.id);
  if (!source) throw new Error(`claim ${claim.id} has no source`);
  return source;
}

@Resolver(() => Claim)
export class ClaimResolver {
  @FieldResolver(() => Source, { description: 'Where it is stated: an article or a part of one' })
  source(@Root() claim: Claim, @Ctx() context: GraphQLContext): Promise<Source> {
    return sourceOf(claim, context);
  }

  @FieldResolver(() => String, {
    description: 'Admiralty code: source reliability and information credibility, such as B2',
  })
  async grade(@Root() claim: Claim, @Ctx() context: GraphQLContext): Promise<string> {
    return `${(await sourceOf(claim, context)).reliability}${claim.credibility}`;
  }

  @FieldResolver(() => Node, {
    nullable: true,
    description: 'The event or actor it is about; null for a claim about a relation',
  })
  async subject(@Root() claim: Claim, @Ctx() context: GraphQLContext): Promise<Node | null> {
    const row = await context.loaders.nodes.load(claim.subjectId);
    return row ? toNode(row) : null;
  }
}
