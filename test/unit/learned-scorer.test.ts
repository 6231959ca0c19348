import { FEATURES } from '../../src/inference/candidate-features';
import { LEARNED_MODEL, scoreLearned, type LogisticModel } from '../../src/inference/learned-scorer';
import { bestPerProvoker } from '../../src/inference/select-proposals';
import { fitLogistic } from '../support/fit-logistic';
import { candidate } from '../support/inference-candidate';

const options = { addressWording: true };

describe('the learned scorer', () => {
  it('ships a weight for every feature and a threshold between 0 and 1', () => {
    expect(Object.keys(LEARNED_MODEL.weights).sort()).toEqual([...FEATURES].sort());
    expect(LEARNED_MODEL.threshold).toBeGreaterThan(0);
    expect(LEARNED_MODEL.threshold).toBeLessThan(1);
  });

  it('gives each reason what it adds to the log-odds, and the score is the logistic of their sum', () => {
    const scored = scoreLearned(candidate(), 1, options);
    expect(scored.reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^answered after 3 day\(s\) \(\+\d\.\d\d\)$/),
        expect.stringMatching(/^mirror \(23 for 23\) \(\+\d\.\d\d\)$/),
        expect.stringMatching(/^same kind of measure \(EXPULSION\) \(\+\d\.\d\d\)$/),
      ]),
    );
    const { weights, intercept } = LEARNED_MODEL;
    const logit = intercept + weights.lag + weights.proportion + weights.kindPairing;
    expect(scored.score).toBeCloseTo(1 / (1 + Math.exp(-logit)), 3);
  });

  it('scores a worded answer above the same answer without words, and an answer already given below', () => {
    const plain = scoreLearned(candidate(), 1, options).score;
    expect(scoreLearned(candidate({ answerText: 'a mirror response' }), 1, options).score).toBeGreaterThan(
      plain,
    );
    expect(scoreLearned(candidate({ answeredBefore: ['event:ru-earlier'] }), 1, options).score).toBeLessThan(
      plain,
    );
  });

  it('scores 0 for two measures that answer the same outside event', () => {
    const outside = scoreLearned(
      candidate({ answerCauses: ['event:case'], actCauses: ['event:case'] }),
      1,
      options,
    );
    expect(outside.score).toBe(0);
    expect(outside.reasons.at(-1)).toMatch(/outside event/);
  });

  it('keeps the best act per provoking state when a model is given, as with the rules', () => {
    const model: LogisticModel = LEARNED_MODEL;
    const answers = bestPerProvoker(
      [candidate(), candidate({ actId: 'event:gb-old', actEarliest: '2018-01-02', actLatest: '2018-01-02' })],
      { addressWording: true, model },
    );
    expect(answers.map((answer) => answer.actId)).toEqual(['event:gb-23']);
  });
});

describe('fitting a regularised logistic regression', () => {
  it('finds the odds the labels show, shrunk by the penalty, and keeps set weights', () => {
    const rows = [[0], [0], [0], [1], [1], [1], [1], [0]];
    const labels = [0, 0, 1, 1, 1, 1, 0, 0];
    const loose = fitLogistic(rows, labels, { penalty: 1e-4 });
    const tight = fitLogistic(rows, labels, { penalty: 10 });
    // Unpenalised, the odds are 3:1 with the feature and 1:3 without: log-odds ±ln 3.
    expect(loose.weights[0]).toBeCloseTo(2 * Math.log(3), 1);
    expect(loose.intercept).toBeCloseTo(-Math.log(3), 1);
    expect(tight.weights[0]!).toBeLessThan(loose.weights[0]!);
    expect(tight.weights[0]!).toBeGreaterThan(0);
    expect(fitLogistic(rows, labels, { penalty: 1, fixed: new Map([[0, 5]]) }).weights[0]).toBe(5);
  });
});
