import { markdownReport, type BenchReport, type SizeResult } from '../../src/bench/bench-report';

const latency = (p50: number, p95: number) => ({ samples: 100, p50, p95, p99: p95, mean: p50 });
const throughput = (requestsPerSecond: number, p95: number) => ({
  connections: 16,
  seconds: 10,
  requests: requestsPerSecond * 10,
  requestsPerSecond,
  latency: latency(p95 / 2, p95),
  errors: 0,
});

function size(events: number, overrides: Partial<SizeResult> = {}): SizeResult {
  return {
    events,
    import: {
      rows: events,
      links: 10,
      seconds: 1,
      rowsPerSecond: 7_000,
      ceilingSeconds: 0.7,
      ceilingRowsPerSecond: 10_000,
      ratioToCeiling: 0.7,
      writers: 2,
      ceilingWriters: 1,
    },
    initialLoad: {
      rows: events,
      seconds: 10,
      rowsPerSecond: 20_000,
      adminSeconds: 5,
      adminRowsPerSecond: 30_000,
      ratio: 0.67,
      sameFiles: { adminSeconds: 6, adminRowsPerSecond: 25_000, ratio: 0.8 },
      peakRssMegabytes: 900,
      phases: { check: 1, empty: 0, admin: 5, start: 2, schema: 1, indexes: 1 },
      written: {
        nodes: events + 300,
        relationships: events * 4,
        bareNodes: events + 250,
        bareRelationships: events * 2,
      },
    },
    chain: { graphql: latency(5, 60), cypher: latency(4, 40), ratioP50: 1.2, floorP50: 0.9 },
    dyad: { graphql: latency(9, 30), cypher: latency(8, 25), ratioP50: 1.13 },
    nested: { riposte: throughput(90, 200), peer: throughput(45, 300), throughputRatio: 2, p95Ratio: 0.67 },
    memory: { rssMegabytes: 800, heapUsedMegabytes: 300, importPeakRssMegabytes: 1_500 },
    inference: null,
    ...overrides,
  };
}

const report = (results: SizeResult[]): BenchReport => ({
  machine: '2 × test cpu',
  neo4j: 'Neo4j 5.26',
  seed: 42,
  startedAt: '2026-01-01T00:00:00.000Z',
  command: 'npm run bench -- --full',
  results,
  dense: [],
});

const targetRow = (markdown: string, events: string) =>
  markdown.split('\n').find((line) => line.startsWith(`| ${events} |`))!;

describe('the bench report', () => {
  it('puts each target beside its figure, with whether it was met', () => {
    const row = targetRow(markdownReport(report([size(1_000_000)])), '1,000,000');
    expect(row).toContain('7,000 / 10,000 = 0.7 (≥ 0.6: met)');
    expect(row).toContain('20,000 / 30,000 = 0.67 (≥ 0.8: missed); like for like 0.8');
    expect(row).toContain('1.2 (≤ 1.25: met)');
    expect(row).toContain('60 ms (≤ 50: missed)');
    expect(row).toContain('30 ms (≤ 50: met)');
    expect(row).toContain('2 (≥ 1.5: met)');
    expect(row).toContain('800 / 1500');
  });

  it('shows the initial load against neo4j-admin on the bare measures and on the same files', () => {
    const markdown = markdownReport(report([size(1_000_000)]));
    expect(markdown).toContain('| 1,000,000 | 10 | 20,000 | 5 | 30,000 | 0.67 | 6 | 25,000 | 0.8 | 900 |');
  });

  it('holds latency targets to the 1M world only', () => {
    const row = targetRow(markdownReport(report([size(10_000)])), '10,000');
    expect(row).toContain('60 ms (target at 1M only)');
    expect(row).not.toContain('≤ 50');
  });

  it('says "not measured" for every figure a run did not take', () => {
    const missing = size(10_000, {
      initialLoad: null,
      chain: { graphql: latency(5, 60), cypher: latency(4, 40), ratioP50: 1.2, floorP50: null },
    });
    const row = targetRow(markdownReport(report([missing])), '10,000');
    expect(row).toContain('7,000 / 10,000 = 0.7');
    expect(row.match(/not measured/g)).toHaveLength(3);
  });

  it('gives no ratio, and says why, when the peer answered no request', () => {
    const silentPeer = { ...throughput(0, 0), requests: 0, errors: 32 };
    const result = size(1_000_000, {
      nested: { riposte: throughput(84, 320), peer: silentPeer, throughputRatio: null, p95Ratio: null },
    });
    const markdown = markdownReport(report([result]));
    expect(targetRow(markdown, '1,000,000').match(/peer answered none \(32 errors\)/g)).toHaveLength(2);
    expect(markdown).not.toContain('Infinity');
  });
});
