import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { grants, Role } from '../auth/role';
import { appVersion } from '../app-version';
import { SystemRepository } from './system.repository';
import type { GraphQLContext } from '../graph/request-context';
import { ServerInfo, Viewer } from './system.type';

@Resolver(() => ServerInfo)
export class SystemResolver {
  constructor(private readonly repository: SystemRepository) {}

  @Authorized(Role.READER)
  @Query(() => ServerInfo, { description: 'Version of this server and of the database it uses' })
  async serverInfo(): Promise<ServerInfo> {
    return { version: appVersion, database: await this.repository.databaseInfo() };
  }

  @Query(() => Viewer, {
    description:
      'The roles of the credentials sent with this request, so a client can offer only what they allow',
  })
  viewer(@Ctx() context: GraphQLContext): Viewer {
    const principal = context.principal;
    if (!principal) return { subject: 'anonymous', roles: [], canEdit: false };
    return {
      subject: principal.subject,
      roles: [...principal.roles],
      canEdit: grants(principal.roles, Role.EDITOR),
    };
  }
}
