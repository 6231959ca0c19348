import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../graph/request-context';
import { EMPTY_PLAN, type ReadPlan } from './read-plan';
import { selectionPlanAt } from './selection-plan';

/**
 * What a root field reads below the objects at `paths` (its own value when none is given), to be
 * read in its statement; nothing when the request reads through its loaders only.
 */
export function plannedReads(
  context: GraphQLContext,
  info: GraphQLResolveInfo,
  ...paths: ReadonlyArray<readonly string[]>
): ReadPlan {
  if (!context.translateReads) return EMPTY_PLAN;
  return selectionPlanAt(info, paths.length === 0 ? [[]] : paths);
}
