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
}

/**
 * The context of one HTTP request or one subscription. Loaders see merge audits only for admins;
 * a subscription, which lives long, gets loaders that batch without caching.
 */
export function createContext(
  principal: Principal | null,
  graphReads: GraphReadRepository,
  options: { requestId?: string | undefined; cache?: boolean } = {},
): GraphQLContext {
  const admin = principal !== null && grants(principal.roles, Role.ADMIN);
  return {
    requestId: options.requestId ?? randomUUID(),
    principal,
    loaders: new GraphLoaders(graphReads, admin, options.cache ?? true),
  };
}
