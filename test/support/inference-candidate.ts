import type { Candidate } from '../../src/inference/score-candidate';

/** A candidate pair of measures for the inference's unit tests: Russia's 23 answering Britain's 23, three days later. */
export const candidate = (overrides: Partial<Candidate> = {}): Candidate => ({
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
  answerActors: ['state:RU'],
  answerTargets: ['state:GB'],
  actTargetCount: 1,
  provokers: ['state:GB'],
  answerText: 'Russia expels 23 British diplomats',
  answerCauses: [],
  actCauses: [],
  answerReason: null,
  answeredBefore: [],
  actFollows: [],
  answerAddresses: [],
  ...overrides,
});
