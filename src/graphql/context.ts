import type { Principal } from '../auth/principal';
import type { GraphLoaders } from '../graph/graph-loaders';

/** Per-request state handed to resolvers. */
export interface GraphQLContext {
  requestId: string;
  /** Null when no credentials were given and anonymous reads are off. */
  principal: Principal | null;
  loaders: GraphLoaders;
}
