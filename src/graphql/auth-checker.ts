import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { GraphQLContext } from '../graph/request-context';
import { ForbiddenError, UnauthenticatedError } from '../auth/auth-errors';
import { grants, type Role } from '../auth/role';

/** @Authorized(Role.X): a principal is required, holding X or a role above it. */
export class RoleAuthChecker implements AuthCheckerInterface<GraphQLContext, Role> {
  check({ context }: ResolverData<GraphQLContext>, roles: Role[]): boolean {
    const { principal } = context;
    if (!principal)
      throw new UnauthenticatedError('Authentication required: send a Bearer token or an X-API-Key');
    if (roles.some((role) => !grants(principal.roles, role))) {
      throw new ForbiddenError(`This needs the ${roles.join(', ')} role`);
    }
    return true;
  }
}
