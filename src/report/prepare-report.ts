import { defined, prepareEntity, prepareEvent, prepareRelation } from './prepare-rows';
import { canonicalHash } from '../domain/canonical-hash';
import { edtfProperties } from '../domain/graph-date';
import type { PreparedReport } from './prepared-report';
import { idKind } from '../domain/id-kinds';
import type { ReportInput } from './report.input';
import { ClaimStance } from '../domain/vocabulary';

/** Turns a checked report into write rows: derived ids, date bounds, default event coding. */
export function prepareReport(report: ReportInput): PreparedReport {
  const { source } = report;
  return {
    id: report.id,
    hash: canonicalHash(report),
    props: defined({ formatVersion: report.version, notes: report.notes }),
    source: {
      id: source.id,
      props: defined({
        kind: source.kind,
        title: source.title,
        url: source.url,
        language: source.language,
        originalLanguage: source.originalLanguage,
        authors: source.authors,
        reliability: source.reliability,
        reliabilityNote: source.reliabilityNote,
        ...edtfProperties('published', source.published),
      }),
      outlet: source.outlet ?? null,
      parts: (source.parts ?? []).map((part) => ({
        id: part.id,
        props: defined({
          kind: part.kind,
          author: part.author,
          reliability: part.reliability,
          reliabilityNote: part.reliabilityNote,
          language: source.language,
          ...edtfProperties('published', part.published),
        }),
      })),
      cites: (source.cites ?? []).map(({ target, quote }) => ({ target, quote })),
    },
    entities: report.entities.map(prepareEntity),
    events: report.events.map(prepareEvent),
    relations: report.relations.map(prepareRelation),
    claims: report.claims.map((claim) => ({
      id:
        claim.id ??
        `claim:${canonicalHash([report.id, source.id, claim.subject, claim.property, claim.value, claim.quote, claim.part], 20)}`,
      subject: claim.subject,
      aboutRelation: idKind(claim.subject) === 'rel',
      statedIn: claim.part ?? source.id,
      props: defined({
        subjectId: claim.subject,
        property: claim.property,
        value: claim.value,
        quote: claim.quote,
        credibility: claim.credibility,
        stance: claim.stance ?? ClaimStance.ASSERTS,
        note: claim.note,
      }),
    })),
  };
}
