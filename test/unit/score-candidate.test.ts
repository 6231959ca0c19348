import { scoreCandidate, type Candidate } from '../../src/inference/score-candidate';
import { bestPerProvoker, oneDirectionPerPair } from '../../src/inference/select-proposals';
import { candidate } from '../support/inference-candidate';

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

  it('judges the lag on the bounds of uncertain dates: an overlap leaves the order open, not impossible', () => {
    const monthOnly = scoreCandidate(candidate({ actEarliest: '2018-03-01', actLatest: '2018-03-31' }), 1);
    expect(monthOnly.score).toBeGreaterThan(0.5);
    expect(monthOnly.reasons[0]).toMatch(/dates overlap .*: the order is uncertain/);
    const known = scoreCandidate(candidate(), 1);
    expect(monthOnly.score).toBeLessThan(known.score);
  });

  it("rates a same-day answer in the sources' words as highly as any", () => {
    const sameDay = { answerEarliest: '2018-03-14', answerLatest: '2018-03-14' };
    const worded = scoreCandidate(candidate({ ...sameDay, answerText: 'a mirror response' }), 1);
    const later = scoreCandidate(candidate({ answerText: 'a mirror response' }), 1);
    expect(worded.score).toBe(later.score);
  });

  it('grades answers of another kind by how usual the pairing is', () => {
    const consulate = scoreCandidate(candidate({ answerType: 'CONSULATE_CLOSURE' }), 1);
    const summons = scoreCandidate(candidate({ actType: 'SUMMONS', answerType: 'EXPULSION' }), 1);
    expect(consulate.reasons).toContain('CONSULATE_CLOSURE answering EXPULSION: a usual answer');
    expect(summons.reasons).toContain('EXPULSION answering SUMMONS: an unusual answer');
    expect(consulate.score).toBeGreaterThan(summons.score);
  });

  it('rates down a measure whose sources give it a cause of its own', () => {
    const plain = scoreCandidate(candidate(), 1).score;
    const caused = scoreCandidate(candidate({ answerCauses: ['event:depot-blast'] }), 1);
    expect(caused.score).toBeLessThan(plain / 1.9);
    expect(caused.reasons).toContain('stated to result from event:depot-blast, not from this act');
    const outside = scoreCandidate(candidate({ answerCauses: ['event:case'], actCauses: ['event:case'] }), 1);
    expect(outside.reasons.at(-1)).toMatch(/outside event/);
    expect(outside.score).toBe(0);
    const sameReason = {
      answerReason: 'The poisoning of a defector',
      actReason: 'the poisoning of a defector',
    };
    expect(scoreCandidate(candidate(sameReason), 1).score).toBe(0);
  });

  it("reads words of answering in the answer's source addresses, unless switched off", () => {
    const addressed = candidate({
      answerAddresses: [
        'https://news.example/2020/08/24/russia-expels-austrian-diplomat-in-tit-for-tat-a71229',
      ],
    });
    const read = scoreCandidate(addressed, 1);
    expect(read.worded).toBe(true);
    expect(read.reasons).toContain(`a source's address says "tit for tat"`);
    const unread = scoreCandidate(addressed, 1, { addressWording: false });
    expect(unread.worded).toBe(false);
    expect(unread.score).toBeLessThan(read.score);
    expect(scoreCandidate(candidate({ answerAddresses: ['not an address %E0%A4%A'] }), 1).worded).toBe(false);
  });

  it('counts a recall of the ambassador as a usual answer to sanctions', () => {
    const recall = scoreCandidate(candidate({ actType: 'SANCTION', answerType: 'AMBASSADOR_RECALL' }), 1);
    expect(recall.reasons).toContain('AMBASSADOR_RECALL answering SANCTION: a usual answer');
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

  it('halves the score of an act the answering state already answered in between', () => {
    const plain = scoreCandidate(candidate(), 1).score;
    const again = scoreCandidate(candidate({ answeredBefore: ['event:ru-summons'] }), 1);
    expect(again.score).toBeCloseTo(plain / 2, 2);
    expect(again.reasons).toContain('already answered by event:ru-summons in between');
  });

  it('judges a late first answer to an act leniently, and a late answer to a round of its own less', () => {
    const late = { answerEarliest: '2018-04-24', answerLatest: '2018-04-24' };
    const first = scoreCandidate(candidate(late), 1);
    const newRound = scoreCandidate(candidate({ ...late, actFollows: ['event:ru-earlier'] }), 1);
    const again = scoreCandidate(candidate({ ...late, answeredBefore: ['event:ru-earlier'] }), 1);
    expect(first.reasons).toContain('the first answer of its state to this act');
    expect(first.reasons).toContain('answered after 41 day(s)');
    expect(newRound.reasons).toContain('the first answer of its state to this act');
    expect(newRound.reasons.at(-1)).toBe(
      'the act itself follows event:ru-earlier: a new round more than an answer',
    );
    expect(first.score).toBeGreaterThan(newRound.score);
    expect(again.reasons).not.toContain('the first answer of its state to this act');
    expect(newRound.score).toBeGreaterThan(again.score + 0.15);
  });

  it('rates an answer far beyond the act lower than one that falls short of it', () => {
    const beyond = scoreCandidate(candidate({ answerCount: 35, actCount: 3 }), 1);
    const short = scoreCandidate(candidate({ answerCount: 3, actCount: 35 }), 1);
    expect(beyond.reasons).toContain('far beyond the act (35 for 3)');
    expect(short.reasons).toContain('a smaller answer (3 for 35)');
    expect(short.score).toBeGreaterThan(beyond.score);
  });

  it('narrows the answers a summons is: not a counter-summons, but a summons over a closed consulate', () => {
    const counter = scoreCandidate(candidate({ actType: 'SUMMONS', answerType: 'SUMMONS' }), 1);
    const closure = scoreCandidate(candidate({ actType: 'CONSULATE_CLOSURE', answerType: 'SUMMONS' }), 1);
    expect(counter.reasons).toContain('same kind of measure (SUMMONS)');
    expect(closure.reasons).toContain('SUMMONS answering CONSULATE_CLOSURE: a usual answer');
    expect(closure.score).toBeGreaterThan(counter.score + 0.05);
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

  it('keeps two acts of one state when the answer covers their counts together', () => {
    const answers = bestPerProvoker([
      candidate({
        actId: 'event:fr-35',
        actCount: 35,
        answerCount: 41,
        actEarliest: '2018-03-04',
        actLatest: '2018-03-04',
      }),
      candidate({
        actId: 'event:fr-6',
        actCount: 6,
        answerCount: 41,
        actEarliest: '2018-03-11',
        actLatest: '2018-03-11',
      }),
    ]);
    expect(answers.map((answer) => answer.actId).sort()).toEqual(['event:fr-35', 'event:fr-6']);
    expect(answers[0]?.reasons.at(-1)).toBe('answers 2 acts of the same state together (35 + 6 for 41)');
  });

  it('keeps a second wave of one state when the answer stays a near mirror of both together', () => {
    const answers = bestPerProvoker([
      candidate({
        actId: 'event:fr-35',
        actCount: 35,
        answerCount: 34,
        actEarliest: '2018-03-04',
        actLatest: '2018-03-04',
      }),
      candidate({
        actId: 'event:fr-6',
        actCount: 6,
        answerCount: 34,
        actEarliest: '2018-03-11',
        actLatest: '2018-03-11',
      }),
      candidate({
        actId: 'event:fr-20',
        actCount: 20,
        answerCount: 34,
        actEarliest: '2018-03-12',
        actLatest: '2018-03-12',
      }),
    ]);
    expect(answers.map((answer) => answer.actId).sort()).toEqual(['event:fr-35', 'event:fr-6']);
    const second = answers.find((answer) => answer.actId === 'event:fr-6')!;
    expect(second.reasons).toContain('far beyond the act (34 for 6)');
    expect(second.reasons.at(-1)).toBe('answers 2 acts of the same state together (35 + 6 for 34)');
    expect(second.score).toBeGreaterThan(
      scoreCandidate(candidate({ actCount: 6, answerCount: 34 }), 1).score,
    );
  });

  it("leaves a wave that another measure mirrors to that measure, out of any answer's sum", () => {
    const acts = [
      { actId: 'event:fr-35', actCount: 35, actEarliest: '2018-03-04', actLatest: '2018-03-04' },
      { actId: 'event:fr-6', actCount: 6, actEarliest: '2018-03-11', actLatest: '2018-03-11' },
    ];
    const answers = bestPerProvoker([
      ...acts.map((act) => candidate({ ...act, answerId: 'event:ru-34', answerCount: 34 })),
      ...acts.map((act) => candidate({ ...act, answerId: 'event:ru-6', answerCount: 6 })),
    ]);
    expect(answers.map((answer) => `${answer.answerId}->${answer.actId}`).sort()).toEqual([
      'event:ru-34->event:fr-35',
      'event:ru-6->event:fr-6',
    ]);
  });

  it('never proposes two measures as answers to each other: the evidence picks one direction', () => {
    const sameDay = { answerEarliest: '2018-03-14', answerLatest: '2018-03-14' };
    const forth = { ...candidate(sameDay), ...scoreCandidate(candidate(sameDay), 1) };
    const backCandidate = candidate({
      ...sameDay,
      answerId: 'event:gb-23',
      actId: 'event:ru-23',
      answerText: 'in response',
    });
    const back = { ...backCandidate, ...scoreCandidate(backCandidate, 1) };
    expect(oneDirectionPerPair([forth, back]).map((p) => p.answerId)).toEqual(['event:gb-23']);
    const tie = { ...forth, answerId: 'event:gb-23', actId: 'event:ru-23' };
    expect(oneDirectionPerPair([forth, tie])).toEqual([]);
    // A measure against several states is the first move; each of its targets answers it.
    const multilateralAsAnswer = { ...tie, answerTargets: ['state:RU', 'state:CL'], answerCount: null };
    const answerToMultilateral = { ...forth, actTargetCount: 2, actCount: null };
    expect(oneDirectionPerPair([answerToMultilateral, multilateralAsAnswer]).map((p) => p.answerId)).toEqual([
      'event:ru-23',
    ]);
  });

  it('lets answers between two states run one way within a day, as the evidence favours', () => {
    const day = {
      actEarliest: '2024-07-29',
      actLatest: '2024-07-29',
      answerEarliest: '2024-07-29',
      answerLatest: '2024-07-29',
    };
    const scored = (overrides: Partial<Candidate>) => {
      const made = candidate({ ...day, answerCount: null, actCount: null, ...overrides });
      return { ...made, ...scoreCandidate(made, 1) };
    };
    // CL answers VE's measure against seven states; VE's other measure of the day is no answer to CL's.
    const clAnswersVe = scored({
      answerId: 'event:cl-expels',
      actId: 'event:ve-expels-7',
      answerActors: ['state:CL'],
      answerTargets: ['state:VE'],
      provokers: ['state:VE'],
      actTargetCount: 7,
    });
    const veAnswersCl = scored({
      answerId: 'event:ve-withdraws-7',
      actId: 'event:cl-expels',
      answerActors: ['state:VE'],
      answerTargets: ['state:CL', 'state:PE'],
      provokers: ['state:CL'],
      actTargetCount: 1,
    });
    expect(oneDirectionPerPair([clAnswersVe, veAnswersCl]).map((p) => p.answerId)).toEqual([
      'event:cl-expels',
    ]);
    // Another day, or other states, are no opposite.
    const nextDay = {
      ...veAnswersCl,
      actEarliest: '2024-07-30',
      actLatest: '2024-07-30',
      answerEarliest: '2024-07-30',
      answerLatest: '2024-07-30',
    };
    expect(oneDirectionPerPair([clAnswersVe, nextDay])).toHaveLength(2);
    const peOnly = { ...veAnswersCl, actId: 'event:pe-expels', provokers: ['state:PE'] };
    expect(oneDirectionPerPair([clAnswersVe, peOnly])).toHaveLength(2);
  });
});
