import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import type { InitialLoadFiles } from '../history/admin-import-files';
import { InitialLoadService, type InitialLoadResult } from '../history/initial-load.service';
import { historyFileTable } from '../history/read-history-file';
import { LocalNeo4j } from '../local-neo4j/local-neo4j';
import type { Logger } from '../logger';
import { timed } from './latency';
import { withPeakRss } from './peak-rss';

export interface InitialLoadMeasure {
  rows: number;
  /** The project's initial load: read, check and prepare the table, write the CSV files, import, start, schema. */
  seconds: number;
  rowsPerSecond: number;
  /** The bare `neo4j-admin database import full` of the same measures with their actors and targets. */
  adminSeconds: number;
  adminRowsPerSecond: number;
  /** rowsPerSecond over adminRowsPerSecond. */
  ratio: number;
  /**
   * The bare `neo4j-admin database import full` of every file the load wrote (every node and
   * relationship it imports), into another empty database: what of the gap to the bare figure is
   * the volume of data, and what the check, the start, the schema and the indexes.
   */
  sameFiles: { adminSeconds: number; adminRowsPerSecond: number; ratio: number };
  /** Resident memory of this process during the initial load, at its peak. */
  peakRssMegabytes: number;
  /** Seconds of each step of the initial load. */
  phases: InitialLoadResult['phases'];
  /**
   * What each import wrote: the load's files carry the sources, dyads and stated links besides
   * the measures, states and their INITIATED_BY and TARGETED relationships the bare import reads.
   */
  written: InitialLoadFiles['counts'];
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Loads the table file into a fresh local instance (its own folder, emptied first) with
 * `npm run import -- --initial`'s service, then times neo4j-admin alone, from the CSV files the
 * load wrote, into other empty databases: on the same measures and their two relationships (the
 * target's figure), then on every file the load imported.
 */
export async function measureInitialLoad(
  config: Config,
  logger: Logger,
  table: string,
  workFolder: string,
): Promise<InitialLoadMeasure> {
  const local = new LocalNeo4j(config.localNeo4j);
  await local.stop();
  rmSync(local.paths.home, { recursive: true, force: true });
  const folder = path.join(workFolder, 'initial-load');
  mkdirSync(folder, { recursive: true });
  try {
    const [[ms, result], peakRssMegabytes] = await withPeakRss(() =>
      timed(() => new InitialLoadService(config, logger).load(historyFileTable(table), folder)),
    );
    if (!result.files)
      throw new Error(
        `the initial load rejected the table: ${JSON.stringify(result.summary.problems.slice(0, 3))}`,
      );
    await local.stop();
    const { bare, arrayDelimiter, multilineFields } = result.files;
    const [adminMs] = await timed(() =>
      local.importFull('bare', { ...bare, arrayDelimiter, multilineFields }),
    );
    const [sameFilesMs] = await timed(() => local.importFull('same-files', result.files!));
    const rows = result.summary.rows;
    const [rowsPerSecond, adminRowsPerSecond] = [rows / (ms / 1000), rows / (adminMs / 1000)];
    const sameFilesRowsPerSecond = rows / (sameFilesMs / 1000);
    return {
      rows,
      seconds: round(ms / 1000),
      rowsPerSecond: Math.round(rowsPerSecond),
      adminSeconds: round(adminMs / 1000),
      adminRowsPerSecond: Math.round(adminRowsPerSecond),
      ratio: round(rowsPerSecond / adminRowsPerSecond),
      sameFiles: {
        adminSeconds: round(sameFilesMs / 1000),
        adminRowsPerSecond: Math.round(sameFilesRowsPerSecond),
        ratio: round(rowsPerSecond / sameFilesRowsPerSecond),
      },
      peakRssMegabytes,
      phases: result.phases,
      written: result.files.counts,
    };
  } finally {
    await local.stop();
    rmSync(local.paths.home, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  }
}
