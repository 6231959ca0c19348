import { buildChain } from '../../src/chains/chain.builder';
import { ChainRepository } from '../../src/chains/chain.repository';
import type { Executor } from '../../src/db/executor';
import { setUpGraph } from '../../src/graph-schema/set-up-graph';
import { HistoryImportService } from '../../src/history/history-import.service';
import { HistoryRepository } from '../../src/history/history.repository';
import { readHistoryFile } from '../../src/history/read-history-file';
import { createLogger } from '../../src/logger';
import { fromProjectRoot } from '../../src/project-root';
import { testExecutor } from '../support/test-executor';

/**
 * Longest chains are ordered by escalation in Cypher (cypher/chains/longest-chains.cypher), while
 * every chain reports the escalation computed in src/domain/retaliation-metrics.ts. This holds the
 * Cypher copy to the TypeScript definition on real chains: multilateral answers, mirrors, and
 * counts the sources do not give.
 */
describe('escalation: the Cypher that orders chains agrees with the one definition', () => {
  let executor: Executor;

  beforeAll(async () => {
    executor = testExecutor();
    await setUpGraph(executor, createLogger('silent'));
    const rows = readHistoryFile(fromProjectRoot('test/fixtures/chains/labelled-expulsions.csv'));
    const imported = await new HistoryImportService(new HistoryRepository(executor)).import(rows);
    expect(imported.rejected).toBe(0);
  });

  afterAll(() => executor.close());

  it('gives each chain the same escalation, and orders by it', async () => {
    const chains = await new ChainRepository(executor).longest('ESCALATION', 50);
    const inCypher = chains.map((rows) => rows.escalation);
    const inTypeScript = chains.map((rows) => buildChain(rows).escalation);

    expect(chains.length).toBeGreaterThan(10);
    expect(inCypher).toEqual(inTypeScript);
    expect(inCypher).toEqual([...inCypher].sort((a, b) => b - a));
    // Not a vacuous agreement: the set has escalating and de-escalating chains, and unknown counts.
    expect(Math.max(...inCypher)).toBeGreaterThan(0);
    expect(Math.min(...inCypher)).toBeLessThan(0);
    expect(chains.some((rows) => rows.events.some((event) => event['count'] === undefined))).toBe(true);
  });
});
