import type { Executor } from './db/executor';
import { ResolverContainer } from './graphql/resolver-container';
import { SystemRepository } from './system/system.repository';
import { SystemResolver } from './system/system.resolver';

/** Builds every repository, service and resolver once, wired to one executor. */
export function createResolverContainer(executor: Executor): ResolverContainer {
  return new ResolverContainer([new SystemResolver(new SystemRepository(executor))]);
}
