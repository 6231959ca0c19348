import { LIST_CAP } from '../graph/pagination';
import { toClaim } from './provenance.mapper';
import type { Claim } from './provenance.type';
import type { GraphQLContext } from '../graph/request-context';
import type { Corroboration } from './corroboration.type';
import type { Direction, Neighbour } from '../graph/graph-read.repository';
import { toNode } from './node.mapper';
import type { Node } from './node.type';

/** Shared field resolution through the request's loaders: one round trip per field and level. */
export async function neighbourNodes<T extends Node = Node>(
  context: GraphQLContext,
  direction: Direction,
  type: string,
  id: string,
  limit?: number,
): Promise<T[]> {
  const neighbours = await context.loaders.neighbours(direction, type, id, limit);
  return neighbours.map((neighbour) => toNode(neighbour.node)).filter((node): node is T => node !== null);
}

export function neighbours(
  context: GraphQLContext,
  direction: Direction,
  type: string,
  id: string,
  limit?: number,
): Promise<Neighbour[]> {
  return context.loaders.neighbours(direction, type, id, limit);
}

export async function claimsAbout(
  context: GraphQLContext,
  subjectId: string,
  limit?: number,
): Promise<Claim[]> {
  const rows = await context.loaders.claims(subjectId, limit);
  return rows.map((row) => toClaim(row.node, row.source));
}

export async function corroborationOf(context: GraphQLContext, subjectId: string): Promise<Corroboration> {
  const { sources, voices, originCount, origins } = await context.loaders.corroboration.load(subjectId);
  const nodes = origins.map(toNode).filter((node): node is Node => node !== null);
  return { sources, voices, independentOrigins: originCount, origins: nodes };
}

/** The description of a list field that returns at most LIST_CAP items. */
export function capped(description: string): string {
  return `${description} (at most ${LIST_CAP})`;
}
