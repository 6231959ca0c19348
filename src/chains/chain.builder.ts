import { toEvent, toRetaliationLink } from '../model/event.mapper';
import type { Row } from '../graph/graph-read.repository';
import { RetaliationBasis } from '../domain/vocabulary';
import type { ChainRows } from './chain.repository';
import {
  cumulativeTotals,
  escalation,
  lagDays,
  proportion,
  startedBy,
  timeline,
  type ChainEventData,
} from '../domain/retaliation-metrics';
import type { Chain } from './chain.type';

function eventData(row: Row): ChainEventData {
  return {
    id: row['id'] as string,
    dateEarliest: (row['dateEarliest'] as string | undefined) ?? null,
    dateLatest: (row['dateLatest'] as string | undefined) ?? null,
    count: (row['count'] as number | undefined) ?? null,
    actorStates: (row['actorStates'] as string[] | undefined) ?? [],
    targetStates: (row['targetStates'] as string[] | undefined) ?? [],
    answeredCounts: ((row['answeredCounts'] as number[] | undefined) ?? []).map((count) =>
      count < 0 ? null : count,
    ),
  };
}

/** A chain from its rows: the events in time order, the links with their metrics, the totals. */
export function buildChain({ events, links, truncated }: ChainRows): Chain {
  const data = events.map(eventData);
  const byId = new Map(data.map((event) => [event.id, event]));
  const rowsById = new Map(events.map((row) => [row['id'] as string, row]));
  const linkData = links.map((link) => ({
    id: link['id'] as string,
    from: link['from'] as string,
    to: link['to'] as string,
  }));
  // What each answer answered, once for all its links rather than a pass over the links for each.
  const actsOf = new Map<string, ChainEventData[]>();
  for (const { from, to } of linkData) {
    const acts = actsOf.get(from) ?? [];
    acts.push(byId.get(to)!);
    actsOf.set(from, acts);
  }
  const totals = cumulativeTotals(data);
  const running = new Map(totals.map((entry) => [entry.eventId, entry.totals]));
  const ordered = timeline(data);
  const first = ordered[0];
  const last = ordered.at(-1);
  return {
    steps: ordered.map((event) => ({
      event: toEvent(rowsById.get(event.id)!),
      actorStates: event.actorStates,
      targetStates: event.targetStates,
      cumulative: running.get(event.id) ?? [],
    })),
    links: links.map((link) => {
      const from = byId.get(link['from'] as string)!;
      const to = byId.get(link['to'] as string)!;
      const proposed = link['kind'] === 'INFERRED_RETALIATION';
      const acts = actsOf.get(from.id) ?? [];
      return {
        link: toRetaliationLink(
          proposed ? { ...link, basis: RetaliationBasis.INFERRED, confidence: link['score'] } : link,
          from.id,
          to.id,
        ),
        proposed,
        lagDays: lagDays(to, from),
        proportion: proportion(from, acts),
      };
    }),
    startedBy: startedBy(data, linkData),
    sides: totals.at(-1)?.totals ?? [],
    escalation: escalation(data, linkData),
    span: first && last ? lagDays(first, last) : { min: null, max: null },
    truncated,
  };
}
