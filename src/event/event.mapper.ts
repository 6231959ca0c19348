import { toActor } from '../actor/actor.mapper';
import { edtfValue } from '../common/edtf-date.type';
import { toClaim, toSource } from '../provenance/provenance.mapper';
import type { EventType, ExpulsionForm, RetaliationBasis } from '../report/report-vocabulary';
import type { Event, RetaliationLink } from './event.type';

type Row = Record<string, unknown>;

function toLink(row: Row): RetaliationLink {
  const link = row['link'] as Row;
  const event = row['event'] as Row;
  return {
    id: link['id'] as string,
    basis: link['basis'] as RetaliationBasis,
    confidence: (link['confidence'] as number | undefined) ?? null,
    event: {
      id: event['id'] as string,
      type: event['type'] as EventType,
      title: event['title'] as string,
      date: (event['date'] as string | undefined) ?? null,
    },
  };
}

const optional = <T>(value: unknown): T | null => (value === undefined ? null : (value as T));

/** An event row of cypher/event/list-events.cypher, already made plain. */
export function toEvent(row: Row): Event {
  const list = (key: string) => (row[key] as Row[] | undefined) ?? [];
  return {
    id: row['id'] as string,
    type: row['type'] as EventType,
    title: row['title'] as string,
    description: optional(row['description']),
    date: edtfValue(row, 'date'),
    disclosed: edtfValue(row, 'disclosed'),
    secret: row['secret'] === true,
    count: optional(row['count']),
    form: optional<ExpulsionForm>(row['form']),
    statedReason: optional(row['statedReason']),
    location: optional(row['location']),
    cameoCode: optional(row['cameoCode']),
    goldstein: optional(row['goldstein']),
    ploverCategory: optional(row['ploverCategory']),
    ploverMode: optional(row['ploverMode']),
    actors: list('actors').map(toActor),
    targets: list('targets').map(toActor),
    expelled: list('expelled').map(toActor),
    claims: list('claims').map(toClaim),
    sources: list('sources').map(toSource),
    answers: list('answers').map(toLink),
    answeredBy: list('answeredBy').map(toLink),
  };
}
