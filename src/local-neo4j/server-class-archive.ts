import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LocalNeo4jPaths } from './local-neo4j-paths';

/** Class-data-sharing messages (jars it skips, an archive it cannot use) stay out of the server log. */
const QUIET = '-Xlog:cds=off,cds+dynamic=off';

/**
 * A class-data-sharing archive of the server's classes, shared by the instances of one install:
 * the JVM maps the classes it would otherwise load and verify one by one, which shortens every
 * start. A start without one records the classes it loads and its JVM writes them out as it exits,
 * to a name of its own (instances may stop together); the stop that follows puts the file in
 * place. A JVM that cannot use the archive (another Java, other jars) starts without it.
 */
export class ServerClassArchive {
  constructor(private readonly paths: LocalNeo4jPaths) {}

  /** JVM options of the next start. */
  startOptions(): string[] {
    if (existsSync(this.paths.classArchive))
      return [`-XX:SharedArchiveFile=${this.paths.classArchive}`, QUIET];
    const dump = path.join(this.paths.lib, `.server-classes-${randomBytes(6).toString('hex')}.jsa`);
    mkdirSync(path.dirname(this.paths.classArchiveDump), { recursive: true });
    writeFileSync(this.paths.classArchiveDump, `${dump}\n`);
    return [`-XX:ArchiveClassesAtExit=${dump}`, QUIET];
  }

  /** Once the server has exited: its archive in place, unless another is already there. */
  settle(): void {
    if (!existsSync(this.paths.classArchiveDump)) return;
    const dump = readFileSync(this.paths.classArchiveDump, 'utf8').trim();
    rmSync(this.paths.classArchiveDump, { force: true });
    if (!existsSync(dump)) return;
    if (existsSync(this.paths.classArchive)) rmSync(dump, { force: true });
    else renameSync(dump, this.paths.classArchive);
  }
}
