import { loadConfig } from '../../src/config';
import type { Executor } from '../../src/db/executor';
import { setUpGraph } from '../../src/graph-schema/set-up-graph';
import { HistoryImportService } from '../../src/history/history-import.service';
import { HistoryRepository } from '../../src/history/history.repository';
import { readHistoryFile } from '../../src/history/read-history-file';
import { InferenceRepository } from '../../src/inference/inference.repository';
import { InferenceService } from '../../src/inference/inference.service';
import { createLogger } from '../../src/logger';
import { fromProjectRoot } from '../../src/project-root';
import { allCandidates, describeBreakdown, mistakeBreakdown } from '../support/inference-mistakes';
import { figuresByHalf, halvesByChain, statedLinks, type LabelledRow } from '../support/labelled-evaluation';
import { testExecutor } from '../support/test-executor';

/**
 * The inference, with its shipped defaults, against the stated links of the shipped history. The
 * table is split by chain (test/support/labelled-evaluation.ts): weights and thresholds were tuned on
 * the chains that start in even years; those starting in odd years were never looked at while tuning,
 * and the floors below hold on them. README has both halves' figures. INFERENCE_TUNING_DETAILS=1 prints
 * the tuning half's mistakes; INFERENCE_TUNING_SWEEP=1 its precision and recall over thresholds.
 */
const LABELLED = 'seeds/history/measures.csv';
// Importing 660 measures and reading every candidate takes about a minute on a busy 2-core machine.
// The sources' addresses are often their headlines, which say "in response" as the notes do: they
// are withheld too unless INFERENCE_EVALUATION_ADDRESS_WORDING=1 (README: both figures).
const ADDRESS_WORDING = Boolean(process.env['INFERENCE_EVALUATION_ADDRESS_WORDING']);
// The shipped scorer is the hand rules; INFERENCE_EVALUATION_SCORER=learned measures the learned one
// (README: it was not adopted), against no floor.
const SCORER: 'rules' | 'learned' =
  process.env['INFERENCE_EVALUATION_SCORER'] === 'learned' ? 'learned' : 'rules';
// Floors against regression: the held-out figures measured, rounded down (0.855 / 0.577 without the
// addresses' words, 0.849 / 0.642 with them; README); the aim is 0.95 and 0.90. The evaluation is
// deterministic.
const HELD_OUT_PRECISION_FLOOR = ADDRESS_WORDING ? 0.84 : 0.85;
const HELD_OUT_RECALL_FLOOR = ADDRESS_WORDING ? 0.64 : 0.57;

describe('retaliation inference against the stated links of the shipped history', () => {
  let executor: Executor;

  beforeAll(async () => {
    executor = testExecutor();
    await setUpGraph(executor, createLogger('silent'));
  });

  afterAll(() => executor.close());

  it(`finds the held-out stated links with precision >= ${HELD_OUT_PRECISION_FLOOR} and recall >= ${HELD_OUT_RECALL_FLOOR}`, async () => {
    const rows = readHistoryFile(fromProjectRoot(LABELLED)) as unknown as LabelledRow[];
    // The notes often say "in response": they would leak the labels, so they go with responds_to.
    const unlabelled = rows.map((row) => ({ ...row, responds_to: '', notes: '' }));
    const imported = await new HistoryImportService(new HistoryRepository(executor)).import(unlabelled);
    expect(imported.rejected).toBe(0);

    const sweep = Boolean(process.env['INFERENCE_TUNING_SWEEP']);
    const addressWording = ADDRESS_WORDING;
    const defaults = {
      ...loadConfig({}).inference,
      sourceAddressWording: addressWording,
      scorer: SCORER,
      ...(sweep ? { minScore: 0 } : {}),
    };
    // Pages of 97 answers: the whole-graph run reads its candidates in seven statements.
    const repository = new InferenceRepository(executor);
    const details = Boolean(process.env['INFERENCE_TUNING_DETAILS']);
    // Read before the run: a proposed pair is no longer a candidate.
    const candidates = details ? await allCandidates(repository, defaults.windowDays, 97) : [];
    const service = new InferenceService(repository, defaults, null, 97);
    const proposals = await service.inferAll({}, null);
    const proposed = proposals.map((proposal) => `${proposal.fromId}->${proposal.toId}`);
    const figures = figuresByHalf(rows, proposed);
    // A sweep runs without a threshold, and the details are for tuning: both print the tuning half's
    // figures only, and check nothing of the held-out half.
    const tuningOnly = sweep || details;
    for (const [half, figure] of Object.entries(figures).filter(
      ([name]) => !tuningOnly || name === 'tuning',
    )) {
      console.info(
        `${half}: ${figure.measures} measures, ${figure.stated} stated links, ${figure.proposed} proposed, ` +
          `${figure.right} right; precision ${figure.precision.toFixed(3)}, recall ${figure.recall.toFixed(3)}`,
      );
    }
    if (sweep) {
      // Only the tuning half is ever swept.
      for (let threshold = 0.3; threshold <= 0.8; threshold += 0.025) {
        const above = proposals.filter((p) => p.score >= threshold).map((p) => `${p.fromId}->${p.toId}`);
        const { tuning } = figuresByHalf(rows, above);
        console.info(
          `threshold ${threshold.toFixed(3)}: tuning precision ${tuning.precision.toFixed(3)} recall ${tuning.recall.toFixed(3)} (${tuning.proposed})`,
        );
      }
      return;
    }
    if (details) {
      // Only the tuning half's mistakes are ever shown.
      const halves = halvesByChain(rows);
      const tuning = (link: string) => halves.get(link.split('->')[0]!.slice('event:'.length)) === 'tuning';
      console.info(
        describeBreakdown(
          mistakeBreakdown(candidates, defaults.minScore, statedLinks(rows), tuning, { addressWording }),
        ),
      );
      return;
    }
    if (SCORER === 'learned') return;
    expect(figures.heldOut.precision).toBeGreaterThanOrEqual(HELD_OUT_PRECISION_FLOOR);
    expect(figures.heldOut.recall).toBeGreaterThanOrEqual(HELD_OUT_RECALL_FLOOR);
  }, 300_000);
});
