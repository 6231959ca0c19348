import { edtfValue } from '../domain/edtf-date.type';
import type { Row } from '../graph/graph-read.repository';
import type { EventType, ExpulsionForm, RetaliationBasis } from '../domain/vocabulary';
import { Event, RetaliationLink } from './event.type';

const optional = <T>(value: unknown): T | null =>
  value === undefined || value === null ? null : (value as T);

export function toEvent(node: Row): Event {
  return Object.assign(new Event(), {
    id: node['id'] as string,
    type: node['type'] as EventType,
    title: node['title'] as string,
    description: optional<string>(node['description']),
    date: edtfValue(node, 'date'),
    disclosed: edtfValue(node, 'disclosed'),
    secret: node['secret'] === true,
    count: optional<number>(node['count']),
    form: optional<ExpulsionForm>(node['form']),
    statedReason: optional<string>(node['statedReason']),
    location: optional<string>(node['location']),
    cameoCode: optional<string>(node['cameoCode']),
    goldstein: optional<number>(node['goldstein']),
    ploverCategory: optional<string>(node['ploverCategory']),
    ploverMode: optional<string>(node['ploverMode']),
  });
}

export function toRetaliationLink(rel: Row, fromId: string, toId: string): RetaliationLink {
  return Object.assign(new RetaliationLink(), {
    id: rel['id'] as string,
    basis: rel['basis'] as RetaliationBasis,
    confidence: optional<number>(rel['confidence']),
    note: optional<string>(rel['note']),
    fromId,
    toId,
  });
}
