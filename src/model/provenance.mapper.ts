import { edtfValue } from '../domain/edtf-date.type';
import type { Row } from '../graph/graph-read.repository';
import type { ClaimStance, Reliability, SourceKind } from '../domain/vocabulary';
import { Claim, Report, Source } from './provenance.type';

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function toSource(node: Row): Source {
  return Object.assign(new Source(), {
    id: node['id'] as string,
    kind: node['kind'] as SourceKind,
    title: str(node['title']),
    url: str(node['url']),
    language: str(node['language']),
    originalLanguage: str(node['originalLanguage']),
    author: str(node['author']),
    published: edtfValue(node, 'published'),
    reliability: node['reliability'] as Reliability,
    reliabilityNote: str(node['reliabilityNote']),
  });
}

export function toClaim(node: Row, source?: Row): Claim {
  return Object.assign(new Claim(), {
    id: node['id'] as string,
    subjectId: node['subjectId'] as string,
    property: node['property'] as string,
    value: str(node['value']),
    quote: str(node['quote']),
    credibility: node['credibility'] as number,
    stance: node['stance'] as ClaimStance,
    note: str(node['note']),
    knownSource: source ? toSource(source) : undefined,
  });
}

export function toReport(node: Row): Report {
  return Object.assign(new Report(), {
    id: node['id'] as string,
    notes: str(node['notes']),
    formatVersion: node['formatVersion'] as number,
    ingestedAt: str(node['ingestedAt']),
  });
}
