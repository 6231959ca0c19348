import { canonicalHash } from './canonical-hash';
import { DEFAULT_EVENT_CODING } from './event-coding';
import { edtfProperties } from './graph-date';
import type { PreparedReport } from './prepared-report';
import { idKind } from './reference-kinds';
import type { ReportInput } from './report.input';
import { ActorType, ClaimStance } from './report-vocabulary';

const LABELS = {
  [ActorType.ORGANIZATION]: 'Organization',
  [ActorType.PERSON]: 'Person',
  [ActorType.GROUP]: 'Group',
} as const;

function defined(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props).filter(([, value]) => value !== undefined && value !== null),
  );
}

export function relationId(type: string, from: string, to: string): string {
  return `rel:${canonicalHash([type, from, to], 20)}`;
}

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
    entities: report.entities.map((entity) => ({
      id: entity.id,
      label: LABELS[entity.type as keyof typeof LABELS],
      aliases: entity.aliases ?? [],
      props: defined({
        name: entity.name,
        description: entity.description,
        kind: entity.kind,
        count: entity.count,
        wikidataId: entity.wikidataId,
      }),
    })),
    events: report.events.map((event) => {
      const coding = DEFAULT_EVENT_CODING[event.type];
      return {
        id: event.id,
        actors: event.actors,
        targets: event.targets,
        expelled: event.expelled ?? [],
        props: defined({
          type: event.type,
          title: event.title,
          description: event.description,
          secret: event.secret,
          count: event.count,
          form: event.form,
          statedReason: event.statedReason,
          location: event.location,
          cameoCode: event.cameoCode ?? coding.cameoCode,
          goldstein: event.goldstein ?? coding.goldstein,
          ploverCategory: event.ploverCategory ?? coding.ploverCategory,
          ploverMode: event.ploverMode ?? coding.ploverMode,
          ...edtfProperties('date', event.date),
          ...edtfProperties('disclosed', event.disclosed),
        }),
      };
    }),
    relations: report.relations.map((relation) => ({
      id: relation.id ?? relationId(relation.type, relation.from, relation.to),
      type: relation.type,
      from: relation.from,
      to: relation.to,
      props: defined({
        basis: relation.basis,
        confidence: relation.confidence,
        role: relation.role,
        note: relation.note,
        ...edtfProperties('since', relation.since),
        ...edtfProperties('until', relation.until),
      }),
    })),
    claims: report.claims.map((claim) => ({
      id:
        claim.id ??
        `claim:${canonicalHash([source.id, claim.subject, claim.property, claim.value, claim.quote, claim.part], 20)}`,
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
