import { createHash } from 'node:crypto';
import { EventType, RelationType } from '../domain/vocabulary';
import { findState } from '../reference/state-reference';
import type { ReaderComment } from './article-parts';
import type { Citation } from './citations';
import { statesOf, type DraftedEvent, type Evidence, type Place } from './drafted-event';
import type { DraftOptions } from './draft-options';
import { ORGANIZATIONS } from './gazetteer';
import { DEMONYMS } from './gazetteer';
import type { DraftOrganization, DraftPerson, Mention } from './mentions';
import { slug } from './slug';
import type { StatedLink } from './stated-links';

/** A report document as JSON: the shape `npm run ingest` reads. */
export type DraftDocument = Record<string, unknown> & {
  entities: Array<Record<string, unknown>>;
  events: Array<Record<string, unknown>>;
  relations: Array<Record<string, unknown>>;
  claims: Array<Record<string, unknown>>;
};

export interface DraftParts {
  text: string;
  options: DraftOptions & { published: string };
  title: string;
  events: DraftedEvent[];
  links: StatedLink[];
  citations: Citation[];
  comments: ReaderComment[];
}

const LABELS: Partial<Record<EventType, string>> = {
  [EventType.EXPULSION]: 'Expulsion',
  [EventType.STAFF_REDUCTION]: 'Staff reduction',
  [EventType.CONSULATE_CLOSURE]: 'Closure of a mission',
  [EventType.AMBASSADOR_RECALL]: 'Recall of an ambassador',
  [EventType.SUMMONS]: 'Summons',
  [EventType.INVESTIGATION]: 'Investigation',
  [EventType.STATEMENT]: 'Statement',
  [EventType.DECLINE_COMMENT]: 'No comment',
  [EventType.ESPIONAGE]: 'Espionage',
  [EventType.ARREST]: 'Arrest',
  [EventType.SANCTION]: 'Sanction',
  [EventType.DESIGNATION]: 'Designation',
  [EventType.COURT_RULING]: 'Court ruling',
  [EventType.PROTEST]: 'Protest',
  [EventType.ATTACK]: 'Attack',
};

const credibility = (confidence: number) => (confidence >= 0.8 ? 2 : confidence >= 0.6 ? 3 : 4);
const stateName = (iso2: string) => findState(iso2)?.name ?? iso2;
const short = (text: string, length: number) =>
  text.length <= length ? text : `${text.slice(0, length - 1)}…`;

/** Turns what the rules found into a report document, every value beside the sentence that states it. */
export function assembleReport(parts: DraftParts): DraftDocument {
  const { options, title } = parts;
  const base = `${slug(title, 50)}-${options.published}`;
  const sourceId = `source:draft-${base}`;
  const entities = new Map<string, Record<string, unknown>>();
  const relations = new Map<string, Record<string, unknown>>();
  const claims = new Map<string, Record<string, unknown>>();
  const partIds = parts.comments.map((_, i) => `${sourceId}#comment-${i + 1}`);
  const partOf = (place: Place) => (place.part ? `${sourceId}${place.part}` : undefined);

  const claim = (
    subject: string,
    property: string,
    place: Place,
    confidence: number,
    value?: string,
    note?: string,
  ) => {
    const part = partOf(place);
    const body = {
      subject,
      property,
      ...(value !== undefined ? { value } : {}),
      quote: place.sentence.text,
      credibility: part ? 6 : credibility(confidence),
      ...(part ? { part } : {}),
      ...(note
        ? { note: `${note} (draft confidence ${confidence})` }
        : confidence < 0.8
          ? { note: `draft confidence ${confidence}` }
          : {}),
    };
    claims.set(JSON.stringify([subject, property, value, body.quote]), body);
  };

  const declareOrganization = (organization: DraftOrganization): string => {
    if (!entities.has(organization.id)) {
      const known = ORGANIZATIONS.find((o) => o.id === organization.id);
      entities.set(organization.id, {
        id: organization.id,
        type: 'ORGANIZATION',
        name: known?.name ?? organization.name,
        kind: organization.kind,
        ...(organization.note ? { description: `Draft: ${organization.note}` } : {}),
        aliases: [...new Set([...(known?.aliases ?? []), organization.alias])]
          .filter((a) => a !== (known?.name ?? organization.name))
          .slice(0, 20),
      });
      if (organization.state)
        relations.set(`${organization.id}>belongs`, {
          type: RelationType.BELONGS_TO,
          from: organization.id,
          to: `state:${organization.state}`,
          note: 'Draft: from the gazetteer or the name',
        });
      if (organization.host)
        relations.set(`${organization.id}>host`, {
          type: RelationType.ACCREDITED_TO,
          from: organization.id,
          to: `state:${organization.host}`,
          note: 'Draft: the mission’s host city',
        });
      if (organization.partOf) {
        const parent = ORGANIZATIONS.find((o) => o.id === organization.partOf);
        if (parent) {
          declareOrganization({ ...parent, alias: parent.name });
          relations.set(`${organization.id}>part`, {
            type: RelationType.PART_OF,
            from: organization.id,
            to: parent.id,
            note: 'Draft: reference knowledge from the gazetteer',
          });
        }
      }
    }
    return organization.id;
  };

  const declarePerson = (person: DraftPerson, place: Place): string => {
    if (!entities.has(person.id)) {
      entities.set(person.id, {
        id: person.id,
        type: 'PERSON',
        name: person.name,
        description: person.role
          ? `${person.role}, as the article names the role`
          : 'Named in the article, without a role',
      });
      if (person.state && person.role) {
        const id = `rel:${person.id.slice('person:'.length)}-role`;
        relations.set(id, {
          id,
          type: RelationType.HOLDS_ROLE,
          from: person.id,
          to: `state:${person.state}`,
          role: person.role,
        });
        claim(id, 'role', place, 0.8, person.role);
      }
    }
    return person.id;
  };

  const idsOf = (side: Array<Evidence<Mention>>, place: Place): string[] => {
    const ids = side.flatMap((evidence) => {
      const mention = evidence.value;
      if (mention.person) return [declarePerson(mention.person, evidence.place)];
      if (mention.organization) return [declareOrganization(mention.organization)];
      return [];
    });
    void place;
    return [...new Set([...ids, ...[...statesOf(side)].map((s) => `state:${s}`)])];
  };

  const eventIds = new Map<DraftedEvent, string>();
  const events = parts.events.map((event, n) => {
    const place = event.places[0]!;
    const actors = idsOf(event.actors, place);
    const targets = idsOf(event.targets, place);
    const actorStates = [...statesOf(event.actors)];
    const targetStates = [...statesOf(event.targets)];
    const date = event.date?.value.edtf ?? `/${options.published}`;
    const id = `event:draft-${options.published}-${slug([event.type, ...actorStates, ...targetStates, event.group?.value.count ?? ''].join('-'))}-${n + 1}`;
    eventIds.set(event, id);
    const label = LABELS[event.type] ?? 'Event';
    const who = actorStates.map(stateName).join(', ') || event.actors.map((a) => a.value.text).join(', ');
    const whom = targetStates.map(stateName).join(', ');
    const count = event.group ? ` (${event.group.value.count})` : '';
    const notes = [
      ...new Set([
        ...event.notes,
        ...[event.date, ...event.actors, ...event.targets].flatMap((e) => (e?.note ? [e.note] : [])),
      ]),
    ];

    for (const p of event.places) claim(id, 'occurred', p, event.confidence, undefined, undefined);
    if (event.date)
      claim(
        id,
        'date',
        event.date.place,
        event.date.confidence,
        date,
        event.date.note ?? `"${event.date.value.text}"`,
      );
    else claim(id, 'date', place, 0.5, date, 'no date stated: the publication date is only its latest bound');
    for (const actor of event.actors)
      claim(id, 'actor', actor.place, actor.confidence, actorId(actor.value), actor.note);
    for (const target of event.targets)
      claim(id, 'target', target.place, target.confidence, actorId(target.value), target.note);

    let expelled: string[] | undefined;
    if (event.group) {
      const groupId = `group:draft-${slug(event.group.value.text, 40)}-${options.published}`;
      entities.set(groupId, {
        id: groupId,
        type: 'GROUP',
        description: event.group.value.text,
        count: event.group.value.count,
      });
      const nationality = /\b(\p{Lu}\p{Ll}+)\b/gu;
      for (const word of event.group.value.text.match(nationality) ?? []) {
        const state = DEMONYMS[word];
        if (state)
          relations.set(`${groupId}>national`, {
            type: RelationType.NATIONAL_OF,
            from: groupId,
            to: `state:${state}`,
            note: `Draft: from "${word}"`,
          });
      }
      if (event.type === EventType.EXPULSION) expelled = [groupId];
      claim(
        id,
        'count',
        event.group.place,
        event.group.confidence,
        String(event.group.value.count),
        `"${event.group.value.text}"`,
      );
    }
    if (event.form) claim(id, 'form', event.form.place, event.form.confidence, event.form.value);
    if (event.reason)
      claim(id, 'reason', event.reason.place, event.reason.confidence, event.reason.value, event.reason.note);
    if (event.secret)
      claim(
        id,
        'secret',
        event.secret.place,
        event.secret.confidence,
        'true',
        'the sentence speaks of secrecy',
      );

    return {
      id,
      type: event.type,
      title: short(`${label}${who ? ` by ${who}` : ''}${whom ? ` against ${whom}` : ''}${count}`, 300),
      description: short(
        `Draft (confidence ${event.confidence}) from: “${place.sentence.text}”${notes.length ? ` Notes: ${notes.join('; ')}.` : ''}`,
        5000,
      ),
      date,
      secret: Boolean(event.secret),
      actors,
      targets,
      ...(expelled ? { expelled } : {}),
      ...(event.type === EventType.EXPULSION && event.group ? { count: event.group.value.count } : {}),
      ...(event.form ? { form: event.form.value } : {}),
      ...(event.reason ? { statedReason: short(event.reason.value, 2000) } : {}),
    };
  });

  for (const link of parts.links) {
    const from = eventIds.get(link.answer)!;
    const to = eventIds.get(link.act)!;
    const id = `rel:draft-${createHash('sha256').update(`${from}>${to}`).digest('hex').slice(0, 16)}`;
    relations.set(id, {
      id,
      type: RelationType.RETALIATED_AGAINST,
      from,
      to,
      basis: 'STATED',
      confidence: link.confidence,
      note: `Draft: ${link.note}`,
    });
    claim(id, 'occurred', { sentence: link.sentence }, link.confidence, undefined, link.note);
  }

  const outletEntity = options.outlet ? outletOf(options.outlet) : undefined;
  if (outletEntity) entities.set(outletEntity['id'] as string, outletEntity);
  const cites = parts.citations.map((citation) => ({
    target: declareOrganization(citation.outlet),
    quote: citation.quote,
  }));

  return {
    format: 'riposte.report',
    version: 1,
    id: `report:draft-${base}`,
    notes: [
      `Draft made by rules from the article's text (npm run draft), to be reviewed before ingest.`,
      `Dates resolved against the publication date ${options.published}, never after it; an event with no stated date has it as its latest bound only.`,
      `Every claim quotes the sentence that states it; guessed values carry a note and a draft confidence (0 to 1), and a credibility from it (2 at 0.8 or more, 3 at 0.6 or more, else 4).`,
      parts.comments.length > 0
        ? `${parts.comments.length} reader comment(s) kept as COMMENT parts; what they say is claimed in the part, never as the article's.`
        : '',
    ]
      .filter(Boolean)
      .join('\n'),
    source: {
      id: sourceId,
      kind: 'ARTICLE',
      title: short(title, 1000),
      ...(options.url ? { url: options.url } : {}),
      language: options.language ?? 'en',
      published: options.published,
      ...(outletEntity ? { outlet: outletEntity['id'] } : {}),
      reliability: 'F',
      reliabilityNote: 'Draft: not graded yet (F, reliability cannot be judged).',
      ...(partIds.length > 0
        ? {
            parts: parts.comments.map((comment, i) => ({
              id: partIds[i],
              kind: 'COMMENT',
              author: short(comment.author, 200),
              reliability: 'F',
              ...(comment.authorGuessed
                ? { reliabilityNote: 'Draft: the author was read from the first words' }
                : {}),
            })),
          }
        : {}),
      ...(cites.length > 0 ? { cites } : {}),
    },
    entities: [...entities.values()],
    events,
    relations: [...relations.values()],
    claims: [...claims.values()],
  };
}

function actorId(mention: Mention): string {
  return mention.person?.id ?? mention.organization?.id ?? `state:${mention.state}`;
}

function outletOf(name: string): Record<string, unknown> {
  const known = ORGANIZATIONS.find(
    (o) => o.kind === 'OUTLET' && (o.name === name || o.aliases.includes(name)),
  );
  return known
    ? {
        id: known.id,
        type: 'ORGANIZATION',
        kind: 'OUTLET',
        name: known.name,
        aliases: known.aliases.filter((a) => a !== known.name),
      }
    : { id: `org:${slug(name)}`, type: 'ORGANIZATION', kind: 'OUTLET', name };
}
