import {
  cumulativeTotals,
  escalation,
  lagDays,
  proportion,
  startedBy,
  timeline,
  type ChainEventData,
} from '../../src/domain/retaliation-metrics';

const event = (
  id: string,
  day: string | null,
  count: number | null,
  actor: string,
  latest = day,
): ChainEventData => ({
  id,
  dateEarliest: day,
  dateLatest: latest,
  count,
  actorStates: [actor],
  targetStates: [],
});

const gb = event('gb-23', '2018-03-14', 23, 'state:GB');
const ru = event('ru-23', '2018-03-17', 23, 'state:RU');
const us = event('us-60', '2018-03-26', 60, 'state:US');
const de = event('de-4', '2018-03-26', 4, 'state:DE');
const ruMany = event('ru-64', '2018-03-30', 64, 'state:RU');

describe('chain metrics', () => {
  it('measures lag over the uncertainty of both dates, never below zero', () => {
    expect(lagDays(gb, ru)).toEqual({ min: 3, max: 3 });
    const vague = event('vague', '2020-12-01', 1, 'state:RU', '2020-12-31');
    const act = event('act', '2020-12-01', 1, 'state:FR', '2020-12-31');
    expect(lagDays(act, vague)).toEqual({ min: 0, max: 30 });
    expect(lagDays(act, event('undated', null, 1, 'state:RU'))).toEqual({ min: null, max: null });
  });

  it('calls an answer a mirror, an escalation or a de-escalation', () => {
    expect(proportion(ru, [gb])).toMatchObject({ kind: 'MIRROR', ratio: 1 });
    expect(proportion(event('x', '2018-04-01', 30, 'state:RU'), [gb])).toMatchObject({ kind: 'ESCALATION' });
    expect(proportion(event('x', '2018-04-01', 2, 'state:RU'), [gb])).toMatchObject({
      kind: 'DE_ESCALATION',
    });
    expect(proportion(event('x', '2018-04-01', null, 'state:RU'), [gb]).kind).toBe('UNKNOWN');
  });

  it('compares one answer to several countries with all of them together', () => {
    expect(proportion(ruMany, [us, de])).toEqual({ answered: 64, provoked: 64, ratio: 1, kind: 'MIRROR' });
    expect(proportion({ ...ruMany, answeredCounts: [60, 4] }, [us])).toMatchObject({ kind: 'MIRROR' });
  });

  it('finds who started and keeps running totals per side', () => {
    const links = [
      { id: 'l1', from: 'ru-23', to: 'gb-23' },
      { id: 'l2', from: 'ru-64', to: 'us-60' },
      { id: 'l3', from: 'ru-64', to: 'de-4' },
    ];
    expect(startedBy([ru, gb], links)).toEqual(['state:GB']);
    expect(startedBy([ruMany, us, de], links)).toEqual(['state:DE', 'state:US']);
    const totals = cumulativeTotals([ru, gb, us]);
    expect(totals.map((entry) => entry.eventId)).toEqual(['gb-23', 'ru-23', 'us-60']);
    expect(totals[1]?.totals).toEqual([
      { stateId: 'state:GB', measures: 1, expelled: 23 },
      { stateId: 'state:RU', measures: 1, expelled: 23 },
    ]);
    expect(escalation([ruMany, us, de], links)).toBe(0);
    expect(
      escalation(
        [event('ru-30', '2018-03-20', 30, 'state:RU'), gb],
        [{ id: 'l', from: 'ru-30', to: 'gb-23' }],
      ),
    ).toBe(7);
  });

  it('orders a timeline by earliest day, undated last', () => {
    expect(timeline([event('u', null, 1, 'state:X'), ru, gb]).map((e) => e.id)).toEqual([
      'gb-23',
      'ru-23',
      'u',
    ]);
  });
});
