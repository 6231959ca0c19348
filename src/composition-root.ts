import type { Executor } from './db/executor';
import { EventRepository } from './event/event.repository';
import { EventResolver } from './event/event.resolver';
import { ResolverContainer } from './graphql/resolver-container';
import { SystemRepository } from './system/system.repository';
import { SystemResolver } from './system/system.resolver';

/** Builds every repository, service and resolver once, wired to one executor. */
export function createResolverContainer(executor: Executor): ResolverContainer {
  return new ResolverContainer([
    new SystemResolver(new SystemRepository(executor)),
    new EventResolver(new EventRepository(executor)),
  ]);
}
