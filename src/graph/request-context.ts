import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/principal';
import { grants, Role } from '../auth/role';
import { GraphLoaders } from './graph-loaders';
import type { GraphReadRepository } from './graph-read.repository';

/** Per-request state handed to resolvers. */
export interface GraphQLContext {
  requestId: string;
  /** Null when no credentials were given and anonymous reads are off. */
  principal: Principal | null;
  loaders: GraphLoaders;
  /** For statements that read more than the loaders do (translated reads), whose results prime them. */
  graphReads: GraphReadRepository;
  /**
   * Whether root fields read what lies below them in their own statement (src/read-translation).
   * Off where loaders do not cache (subscriptions): what was read could not be handed to them.
   */
  translateReads: boolean;
}

/**
 * The context of one HTTP request or one subscription. Loaders see merge audits only for admins;
 * a subscription, which lives long, gets loaders that batch without caching. `translateReads:
 * false` reads everything below root fields through the loaders (the path translation replaces).
 */
export function createContext(
  principal: Principal | null,
  graphReads: GraphReadRepository,
  options: { requestId?: string | undefined; cache?: boolean; translateReads?: boolean } = {},
): GraphQLContext {
  const admin = principal !== null && grants(principal.roles, Role.ADMIN);
  const cache = options.cache ?? true;
  return {
    requestId: options.requestId ?? randomUUID(),
    principal,
    loaders: new GraphLoaders(graphReads, admin, cache),
    graphReads,
    translateReads: cache && (options.translateReads ?? true),
  };
}
