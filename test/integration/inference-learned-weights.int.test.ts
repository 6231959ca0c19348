import { writeFileSync } from 'node:fs';
import { loadConfig } from '../../src/config';
import type { Executor } from '../../src/db/executor';
import { setUpGraph } from '../../src/graph-schema/set-up-graph';
import { HistoryImportService } from '../../src/history/history-import.service';
import { HistoryRepository } from '../../src/history/history.repository';
import { historyEventId } from '../../src/history/prepare-history';
import { readHistoryFile } from '../../src/history/read-history-file';
import { FEATURES } from '../../src/inference/candidate-features';
import { InferenceRepository } from '../../src/inference/inference.repository';
import { LEARNED_MODEL } from '../../src/inference/learned-scorer';
import { bestPerProvoker, oneDirectionPerPair } from '../../src/inference/select-proposals';
import { createLogger } from '../../src/logger';
import { fromProjectRoot } from '../../src/project-root';
import { allCandidates } from '../support/inference-mistakes';
import { chainsOf, halvesByChain, statedLinks, type LabelledRow } from '../support/labelled-evaluation';
import {
  alike,
  chainFolds,
  chooseByCrossValidation,
  countOn,
  figuresOf,
  fitOn,
  nestedEstimate,
  INNER_FOLDS,
  LEARNING_SETTINGS,
  OUTER_FOLDS,
  RULES_THRESHOLDS,
  type Figures,
  type TuningSet,
} from '../support/scorer-cross-validation';
import { testExecutor } from '../support/test-executor';

/**
 * Re-derives the learned scorer's weights (src/inference/learned-weights.json) from the tuning half
 * of the shipped history, and prints the cross-validated figures that decided whether it replaces
 * the hand rules (README: Inference). Only the tuning half is read: its chains are split into folds
 * again. INFERENCE_FIT_WRITE=1 writes the weights instead of checking them.
 */
const LABELLED = 'seeds/history/measures.csv';
const SHIPPED_RULES_THRESHOLD = 0.45;

const shown = (name: string, f: Figures) =>
  `${name}: ${f.proposed} proposed, ${f.right} right of ${f.stated}; precision ${f.precision.toFixed(3)}, recall ${f.recall.toFixed(3)}, F1 ${f.f1.toFixed(3)}`;

describe('the learned scorer, fitted and cross-validated on the tuning half only', () => {
  let executor: Executor;

  beforeAll(async () => {
    executor = testExecutor();
    await setUpGraph(executor, createLogger('silent'));
  });

  afterAll(() => executor.close());

  it('re-derives the shipped weights', async () => {
    const rows = readHistoryFile(fromProjectRoot(LABELLED)) as unknown as LabelledRow[];
    const unlabelled = rows.map((row) => ({ ...row, responds_to: '', notes: '' }));
    await new HistoryImportService(new HistoryRepository(executor)).import(unlabelled);
    const repository = new InferenceRepository(executor);
    const candidates = await allCandidates(repository, loadConfig({}).inference.windowDays, 97);

    const halves = halvesByChain(rows);
    const tuningRows = rows.filter((row) => halves.get(row.id) === 'tuning');
    const chains = new Map([...chainsOf(tuningRows)].map(([id, chain]) => [historyEventId(id), chain]));
    const set: TuningSet = {
      candidates: candidates.filter((candidate) => chains.has(candidate.answerId)),
      stated: new Set(statedLinks(tuningRows)),
      foldOf: chainFolds(chains, OUTER_FOLDS),
      folds: OUTER_FOLDS,
    };
    const inner = { foldOf: chainFolds(chains, INNER_FOLDS), folds: INNER_FOLDS };
    const folds = [...Array(OUTER_FOLDS).keys()];
    const rules = { options: { addressWording: false }, threshold: SHIPPED_RULES_THRESHOLD };

    // What bounds any scorer: stated links whose act is a candidate at all, and the same-day
    // exchanges with no wording the rules leave open.
    const linked = new Set(set.candidates.map((candidate) => `${candidate.answerId}->${candidate.actId}`));
    const reachable = [...set.stated].filter((link) => linked.has(link)).length;
    const kept = new Set(
      oneDirectionPerPair(
        bestPerProvoker(set.candidates, rules.options).filter((c) => c.score >= rules.threshold),
      ).map((candidate) => `${candidate.answerId}->${candidate.actId}`),
    );
    const sameDayTies = set.candidates.filter(
      (c) =>
        set.stated.has(`${c.answerId}->${c.actId}`) &&
        !kept.has(`${c.answerId}->${c.actId}`) &&
        c.actEarliest === c.actLatest &&
        c.answerEarliest === c.answerLatest &&
        c.actEarliest === c.answerEarliest,
    ).length;
    console.info(
      `tuning half: ${set.stated.size} stated links, ${reachable} with their act among the candidates; ` +
        `${sameDayTies} missed same-day links with no wording`,
    );

    for (const fold of folds)
      console.info(shown(`rules on fold ${fold} (in-sample)`, figuresOf(countOn(set, alike([fold], rules)))));
    const byYears = new Map([...chains].map(([id, { start }]) => [id, (Number(start.slice(0, 4)) / 2) % 2]));
    const halvesOfFour: TuningSet = { ...set, foldOf: byYears, folds: 2 };
    for (const part of [0, 1])
      console.info(
        shown(
          `rules on the chains of years ≡ ${part * 2} mod 4 (in-sample)`,
          figuresOf(countOn(halvesOfFour, alike([part], rules))),
        ),
      );
    const estimates = [
      [
        '5 chain folds',
        nestedEstimate(set, inner, LEARNING_SETTINGS, RULES_THRESHOLDS, SHIPPED_RULES_THRESHOLD),
      ],
      [
        'years ≡ 0 / 2 mod 4',
        nestedEstimate(halvesOfFour, inner, LEARNING_SETTINGS, RULES_THRESHOLDS, SHIPPED_RULES_THRESHOLD),
      ],
    ] as const;
    for (const [name, estimate] of estimates) {
      console.info(
        [
          shown(`${name}, learned (nested cross-validation)`, estimate.learned),
          shown(`${name}, rules with their threshold re-tuned on the other folds`, estimate.rulesRetuned),
          shown(`${name}, rules as shipped (in-sample)`, estimate.rulesShipped),
          `choices: ${JSON.stringify(estimate.choices)}`,
        ].join('\n'),
      );
    }

    const chosen = chooseByCrossValidation(set, folds, LEARNING_SETTINGS);
    const model = fitOn(set, new Set(folds), chosen.penalty, chosen.threshold, LEARNING_SETTINGS);
    console.info(
      `${shown(`learned, penalty ${chosen.penalty} and threshold ${chosen.threshold} chosen by cross-validation`, chosen.figures)}\n` +
        shown(
          'learned, in-sample',
          figuresOf(
            countOn(
              set,
              alike(folds, { options: { addressWording: false, model }, threshold: chosen.threshold }),
            ),
          ),
        ),
    );
    const rounded = {
      intercept: Number(model.intercept.toFixed(3)),
      weights: Object.fromEntries(
        FEATURES.map((feature) => [feature, Number(model.weights[feature].toFixed(3)) || 0]),
      ),
      threshold: model.threshold,
    };
    if (process.env['INFERENCE_FIT_WRITE'] === '1') {
      writeFileSync(
        fromProjectRoot('src/inference/learned-weights.json'),
        `${JSON.stringify(rounded, null, 2)}\n`,
      );
      return;
    }
    expect(LEARNED_MODEL).toEqual(rounded);
  }, 600_000);
});
