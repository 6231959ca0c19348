import { toActor } from '../actor/actor.mapper';
import type { Organization } from '../actor/actor.type';
import { edtfValue } from '../common/edtf-date.type';
import type { ClaimStance, Reliability, SourceKind } from '../report/report-vocabulary';
import type { Claim, Source } from './provenance.type';

type Row = Record<string, unknown>;

/** A source projected with `outlet` and `partOf` (see cypher/event/list-events.cypher). */
export function toSource(node: Row): Source {
  const outlet = node['outlet'] as Row | null | undefined;
  const partOf = node['partOf'] as Row | null | undefined;
  return {
    id: node['id'] as string,
    kind: node['kind'] as SourceKind,
    title: (node['title'] as string | undefined) ?? null,
    url: (node['url'] as string | undefined) ?? null,
    language: (node['language'] as string | undefined) ?? null,
    originalLanguage: (node['originalLanguage'] as string | undefined) ?? null,
    author: (node['author'] as string | undefined) ?? null,
    published: edtfValue(node, 'published'),
    reliability: node['reliability'] as Reliability,
    reliabilityNote: (node['reliabilityNote'] as string | undefined) ?? null,
    outlet: outlet ? (toActor({ ...outlet, labels: ['Organization'] }) as Organization) : null,
    partOf: partOf ? toSource(partOf) : null,
  };
}

export function toClaim(node: Row): Claim {
  const source = toSource(node['source'] as Row);
  const credibility = node['credibility'] as number;
  return {
    id: node['id'] as string,
    property: node['property'] as string,
    value: (node['value'] as string | undefined) ?? null,
    quote: node['quote'] as string,
    credibility,
    grade: `${source.reliability}${credibility}`,
    stance: node['stance'] as ClaimStance,
    note: (node['note'] as string | undefined) ?? null,
    source,
  };
}
