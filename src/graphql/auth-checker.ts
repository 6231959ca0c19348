import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import { grants, type Role } from '../auth/role';
import { ForbiddenError, UnauthenticatedError } from '../domain/errors';
import type { GraphQLContext } from '../graph/request-context';
import { toGraphQLError } from './graphql-errors';

/** @Authorized(Role.X): a principal is required, holding X or a role above it. */
export class RoleAuthChecker implements AuthCheckerInterface<GraphQLContext, Role> {
  check({ context }: ResolverData<GraphQLContext>, roles: Role[]): boolean {
    const { principal } = context;
    if (!principal)
      throw toGraphQLError(
        new UnauthenticatedError('Authentication required: send a Bearer token or an X-API-Key'),
      );
    if (roles.some((role) => !grants(principal.roles, role))) {
      throw toGraphQLError(new ForbiddenError(`This needs the ${roles.join(', ')} role`));
    }
    return true;
  }
}
