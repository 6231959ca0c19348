import { Authorized, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/role';
import { appVersion } from '../app-version';
import { SystemRepository } from './system.repository';
import { ServerInfo } from './system.type';

@Resolver(() => ServerInfo)
export class SystemResolver {
  constructor(private readonly repository: SystemRepository) {}

  @Authorized(Role.READER)
  @Query(() => ServerInfo, { description: 'Version of this server and of the database it uses' })
  async serverInfo(): Promise<ServerInfo> {
    return { version: appVersion, database: await this.repository.databaseInfo() };
  }
}
