import { bestPerProvoker, scoreCandidate, type Candidate } from '../../src/inference/score-candidate';

const candidate = (overrides: Partial<Candidate> = {}): Candidate => ({
  answerId: 'event:ru-23',
  actId: 'event:gb-23',
  answerType: 'EXPULSION',
  actType: 'EXPULSION',
  answerCount: 23,
  actCount: 23,
  answerEarliest: '2018-03-17',
  answerLatest: '2018-03-17',
  actEarliest: '2018-03-14',
  actLatest: '2018-03-14',
  answerTargets: ['state:GB'],
  actTargetCount: 1,
  provokers: ['state:GB'],
  answerText: 'Russia expels 23 British diplomats',
  ...overrides,
});

describe('scoring a candidate answer', () => {
  it('rates a quick mirror answer of the same kind highly, with its reasons', () => {
    const { score, reasons } = scoreCandidate(candidate(), 1);
    expect(score).toBeGreaterThan(0.65);
    expect(reasons).toEqual([
      'answered after 3 day(s)',
      'mirror (23 for 23)',
      'same kind of measure (EXPULSION)',
    ]);
  });

  it('rates wording that says "in response" higher', () => {
    const plain = scoreCandidate(candidate(), 1).score;
    const worded = scoreCandidate(
      candidate({ answerText: 'expelled in response to the British decision' }),
      1,
    );
    expect(worded.score).toBeGreaterThan(plain);
    expect(worded.reasons).toContain('sources say "in response"');
  });

  it('rates a late, disproportionate answer of another kind low', () => {
    const { score } = scoreCandidate(
      candidate({
        answerType: 'SUMMONS',
        answerCount: 1,
        actCount: 40,
        answerEarliest: '2018-06-01',
        answerLatest: '2018-06-01',
      }),
      1,
    );
    expect(score).toBeLessThan(0.4);
  });

  it('compares measures against several states share by share', () => {
    const { reasons } = scoreCandidate(candidate({ answerCount: 1, actCount: 3, actTargetCount: 3 }), 1);
    expect(reasons).toContain('mirror (1 for 1)');
  });

  it('keeps one act per provoking state for each answer, and notes a multilateral answer', () => {
    const answers = bestPerProvoker([
      candidate({ actId: 'event:gb-older', actEarliest: '2018-01-10', actLatest: '2018-01-10' }),
      candidate(),
      candidate({ actId: 'event:us-60', provokers: ['state:US'], answerTargets: ['state:GB', 'state:US'] }),
    ]);
    expect(answers.map((answer) => answer.actId).sort()).toEqual(['event:gb-23', 'event:us-60']);
    expect(answers[0]?.reasons.at(-1)).toBe("one answer to 2 states' measures");
  });
});
