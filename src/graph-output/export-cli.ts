import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import {
  DEFAULT_CHAIN_EVENTS,
  DEFAULT_CHAIN_LINKS,
  MAX_CHAIN_EVENTS,
  MAX_CHAIN_LINKS,
} from '../domain/chain-limits';
import { ChainRepository } from '../chains/chain.repository';
import { ChainService } from '../chains/chain.service';
import { ChainScope } from '../chains/chain.type';
import { reportCliError } from '../cli/cli-errors';
import { loadConfig } from '../config';
import { openDatabase } from '../db/open-database';
import { runWithOrigin } from '../db/statement-origin';
import { InvalidInputError, NotFoundError } from '../domain/errors';
import { createLogger } from '../logger';
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from './formats/graph-formats';
import { GraphOutputRepository } from './graph-output.repository';
import { GraphOutputService } from './graph-output.service';

interface Options {
  chain?: string;
  ids?: string;
  depth: string;
  maxNodes: string;
  maxEvents: string;
  maxLinks: string;
  component?: boolean;
  includeProposed?: boolean;
  format: ExportFormat;
  out?: string;
}

async function run(options: Options): Promise<void> {
  const depth = Number(options.depth);
  const maxNodes = Number(options.maxNodes);
  const maxEvents = Number(options.maxEvents);
  const maxLinks = Number(options.maxLinks);
  const problems = [
    ...(Boolean(options.chain) === Boolean(options.ids)
      ? [{ path: '--chain, --ids', message: 'give either --chain <event id> or --ids <id,id,…>' }]
      : []),
    ...(!Number.isInteger(depth) || depth < 0 || depth > 10
      ? [{ path: '--depth', message: 'must be a whole number from 0 to 10' }]
      : []),
    ...(!Number.isInteger(maxNodes) || maxNodes < 1 || maxNodes > 500
      ? [{ path: '--max-nodes', message: 'must be a whole number from 1 to 500' }]
      : []),
    ...(!Number.isInteger(maxEvents) || maxEvents < 1 || maxEvents > MAX_CHAIN_EVENTS
      ? [{ path: '--max-events', message: `must be a whole number from 1 to ${MAX_CHAIN_EVENTS}` }]
      : []),
    ...(!Number.isInteger(maxLinks) || maxLinks < 1 || maxLinks > MAX_CHAIN_LINKS
      ? [{ path: '--max-links', message: `must be a whole number from 1 to ${MAX_CHAIN_LINKS}` }]
      : []),
  ];
  if (problems.length > 0) throw new InvalidInputError(problems, 'options');
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, 'stderr');
  const database = await openDatabase(config, logger);
  try {
    const service = new GraphOutputService(
      new GraphOutputRepository(database.executor),
      new ChainService(new ChainRepository(database.executor)),
    );
    const graph = options.chain
      ? await service.chainGraph({
          eventId: options.chain,
          depth: Math.max(1, depth),
          scope: options.component ? ChainScope.COMPONENT : ChainScope.LINEAGE,
          includeProposed: Boolean(options.includeProposed),
          maxEvents,
          maxLinks,
        })
      : await service.subgraph({ ids: (options.ids ?? '').split(','), depth: Math.min(depth, 3), maxNodes });
    if (!graph) throw new NotFoundError(`No event ${options.chain}`);
    const text = exportGraph(graph, options.format);
    if (options.out) {
      writeFileSync(options.out, text);
      console.error(`Wrote ${graph.nodes.length} nodes and ${graph.edges.length} edges to ${options.out}`);
    } else {
      process.stdout.write(text);
    }
  } finally {
    await database.close();
  }
}

new Command()
  .name('export')
  .description('Write a chain or a subgraph as Cytoscape.js JSON, graphology JSON, GraphML or GEXF')
  .option('--chain <eventId>', 'the chain around this event')
  .option('--ids <ids>', 'the neighbourhood of these nodes (comma-separated)')
  .option('--depth <n>', 'links (chain) or hops (subgraph) to follow', '2')
  .option('--max-nodes <n>', 'subgraph size limit', '150')
  .option('--max-events <n>', 'chain: at most this many events, nearest first', String(DEFAULT_CHAIN_EVENTS))
  .option('--max-links <n>', 'chain: at most this many links among them', String(DEFAULT_CHAIN_LINKS))
  .option('--component', 'chain: everything linked in either direction')
  .option('--include-proposed', 'chain: follow inferred, unconfirmed links too')
  .addOption(
    new Option('--format <format>', 'output format')
      .choices(Object.keys(EXPORT_FORMATS))
      .default('cytoscape'),
  )
  .option('--out <file>', 'write to this file instead of standard output')
  .action((...args: Parameters<typeof run>) => runWithOrigin({ command: 'export' }, () => run(...args)))
  .parseAsync()
  .catch(reportCliError);
