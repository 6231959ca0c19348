import { cypherFile } from '../db/cypher-file';
import type { Executor } from '../db/executor';
import type { DatabaseInfo } from './system.type';

const DATABASE_INFO = cypherFile('system/database-info.cypher');

export class SystemRepository {
  constructor(private readonly executor: Executor) {}

  async databaseInfo(): Promise<DatabaseInfo> {
    const { records } = await this.executor.read<DatabaseInfo & Record<string, string>>(DATABASE_INFO);
    const record = records[0];
    if (!record) throw new Error('dbms.components() returned nothing');
    return { name: record.get('name'), version: record.get('version'), edition: record.get('edition') };
  }
}
