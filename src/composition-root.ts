import { ActorResolver } from './actor/actor.resolver';
import { RoleAuthChecker } from './auth/auth-checker';
import type { Executor } from './db/executor';
import { EventRepository } from './event/event.repository';
import { EventResolver } from './event/event.resolver';
import { RetaliationLinkResolver } from './event/retaliation-link.resolver';
import { NodeResolver } from './graph/node.resolver';
import { ResolverContainer } from './graphql/resolver-container';
import { ClaimResolver } from './provenance/claim.resolver';
import { SourceResolver } from './provenance/source.resolver';
import { SearchRepository } from './search/search.repository';
import { SearchResolver } from './search/search.resolver';
import { SystemRepository } from './system/system.repository';
import { SystemResolver } from './system/system.resolver';

/** Builds every repository, service and resolver (and the auth checker) once, wired to one executor. */
export function createResolverContainer(executor: Executor): ResolverContainer {
  return new ResolverContainer([
    new RoleAuthChecker(),
    new SystemResolver(new SystemRepository(executor)),
    new NodeResolver(),
    new EventResolver(new EventRepository(executor)),
    new RetaliationLinkResolver(),
    new ActorResolver(),
    new SourceResolver(),
    new ClaimResolver(),
    new SearchResolver(new SearchRepository(executor)),
  ]);
}
