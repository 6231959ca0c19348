import { EventType } from '../domain/vocabulary';
import { findGroups } from './counts';
import type { DraftedEvent, Evidence, Place } from './drafted-event';
import { REASON, SECRECY, TRIGGERS, expulsionForm } from './event-rules';
import { findMentions, type Mention } from './mentions';
import { resolveDates } from './resolve-dates';

interface Trigger {
  type: EventType;
  start: number;
  end: number;
  text: string;
}

const MEASURES = new Set<EventType>([
  EventType.EXPULSION,
  EventType.SUMMONS,
  EventType.STAFF_REDUCTION,
  EventType.CONSULATE_CLOSURE,
  EventType.AMBASSADOR_RECALL,
  EventType.SANCTION,
]);
const LOCATIVE = /\b(?:in|from|on|at|to|of|into|near|for)\s+(?:the\s+)?$/i;
const AGENT_AFTER = /\b(?:by|announced|said|of|according to)\s+(?:[\p{L}\d ]{0,25}\s)?(?:the\s+)?$/iu;
const SUMMONED_TO = /\b(?:by|to|announced|said|according to)\s+(?:[\p{L}\d ]{0,25}\s)?(?:the\s+)?$/iu;
const STATE_SIDE = /^\s+(?:side|authorities|government|officials|leadership|president|state)\b/i;

function triggersIn(sentence: string): Trigger[] {
  const found: Array<Trigger & { weak: boolean }> = [];
  for (const rule of TRIGGERS) {
    for (const match of sentence.matchAll(rule.pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (found.some((other) => start < other.end && end > other.start)) continue;
      if (rule.weak && found.some((other) => other.type === rule.type)) continue;
      found.push({ type: rule.type, start, end, text: match[0], weak: Boolean(rule.weak) });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const firstStrong = found.find((trigger) => !trigger.weak);
  return found.filter((trigger) => !trigger.weak || !firstStrong || trigger.start < firstStrong.start);
}

const isActorKind = (mention: Mention) =>
  mention.kind === 'state' || mention.kind === 'metonym' || mention.kind === 'organization';

/** Events stated in one sentence: one per trigger, with what lies between it and its neighbours. */
export function extractEvents(place: Place, published: string): DraftedEvent[] {
  const text = place.sentence.text;
  const triggers = triggersIn(text);
  if (triggers.length === 0) return [];
  const mentions = findMentions(text);
  const dates = resolveDates(text, published);
  const secret = SECRECY.test(text);
  const form = expulsionForm(text);

  return triggers.flatMap((trigger, i) => {
    const windowStart = triggers[i - 1]?.end ?? 0;
    const windowEnd = triggers[i + 1]?.start ?? text.length;
    const inWindow = mentions.filter((m) => m.start >= windowStart && m.end <= windowEnd);
    const evidence = <T>(value: T, confidence: number, note?: string): Evidence<T> => ({
      value,
      place,
      confidence,
      note,
    });
    const anaphoric = /\b(?:this|that|these|those|the same)\s+$/i.test(
      text.slice(Math.max(0, trigger.start - 12), trigger.start),
    );
    const { actors, targets, actorNote } = anaphoric
      ? { actors: [], targets: [], actorNote: undefined }
      : sides(trigger, inWindow, text);
    const groups = findGroups(text.slice(windowStart, windowEnd), windowStart);
    const group = groups.sort(
      (a, b) => Math.abs(a.index - trigger.start) - Math.abs(b.index - trigger.start),
    )[0];
    const date = dates
      .filter((d) => d.index >= windowStart - 40 && d.index <= windowEnd)
      .sort((a, b) => Math.abs(a.index - trigger.start) - Math.abs(b.index - trigger.start))[0];
    const reason =
      trigger.type === EventType.EXPULSION
        ? REASON.exec(text.slice(trigger.start, windowEnd))?.[1]
        : undefined;
    const event: DraftedEvent = {
      type: trigger.type,
      trigger: trigger.text,
      places: [place],
      actors: actors.map((m) => evidence(m, actorNote ? 0.6 : 0.8, actorNote)),
      targets: targets.map((m) =>
        evidence(
          m,
          m.kind === 'demonym' ? 0.7 : 0.8,
          m.kind === 'demonym' ? `target state read from "${m.text}"` : undefined,
        ),
      ),
      group:
        group && (MEASURES.has(trigger.type) || trigger.type === EventType.ARREST)
          ? evidence(group, 0.8)
          : undefined,
      date: date ? evidence(date, date.note ? 0.6 : 0.8, date.note) : undefined,
      form: trigger.type === EventType.EXPULSION && form ? evidence(form, 0.8) : undefined,
      reason: reason
        ? evidence(reason.trim(), 0.6, 'reason read from the words after the measure')
        : undefined,
      secret: secret && trigger.type !== EventType.STATEMENT ? evidence(true, 0.7) : undefined,
      confidence: 0.7,
      notes: [],
    };
    return splitEach(event, text.slice(windowStart, trigger.start));
  });
}

function sides(
  trigger: Trigger,
  all: Mention[],
  text: string,
): { actors: Mention[]; targets: Mention[]; actorNote?: string } {
  const mentions = all.filter((m) => m.organization?.kind !== 'OUTLET');
  const before = mentions.filter((m) => m.end <= trigger.start);
  const after = mentions.filter((m) => m.start >= trigger.end);
  const agentWords = trigger.type === EventType.SUMMONS ? SUMMONED_TO : AGENT_AFTER;
  const agentAfter = after.filter(
    (m) =>
      (isActorKind(m) || m.kind === 'person') &&
      agentWords.test(text.slice(Math.max(trigger.end, m.start - 60), m.start)),
  );
  const stateSide = (m: Mention) => m.kind === 'demonym' && STATE_SIDE.test(text.slice(m.end));
  const possessive = (m: Mention) =>
    /^(?:'s|’s)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(m.end, trigger.start));
  const owners = before.filter((m) => (isActorKind(m) || m.kind === 'demonym') && possessive(m));
  const subject =
    owners.length > 0
      ? owners
      : before.filter(
          (m) =>
            (isActorKind(m) || m.kind === 'person' || stateSide(m)) &&
            !LOCATIVE.test(text.slice(Math.max(0, m.start - 12), m.start)),
        );
  let actors: Mention[];
  if (trigger.type === EventType.STATEMENT || trigger.type === EventType.DECLINE_COMMENT) {
    const people = [...before, ...agentAfter].filter((m) => m.kind === 'person');
    actors = people.length > 0 ? people : subject.length > 0 ? subject : agentAfter;
    return { actors, targets: [] };
  }
  if (
    trigger.type === EventType.ESPIONAGE ||
    trigger.type === EventType.PROTEST ||
    trigger.type === EventType.ATTACK
  ) {
    const named = agentAfter.filter((m) => m.kind === 'organization');
    const perpetrators =
      named.length > 0
        ? named
        : mentions.filter(
            (m) =>
              m.kind === 'organization' ||
              (m.kind === 'demonym' && !/\bsoil\b/.test(text.slice(m.end, m.end + 6))),
          );
    const victims = mentions.filter(
      (m) =>
        !perpetrators.includes(m) &&
        (m.kind === 'state' || (m.kind === 'demonym' && /\bsoil\b/.test(text.slice(m.end, m.end + 6)))),
    );
    if (trigger.type === EventType.ATTACK) return { actors: [], targets: [] };
    return {
      actors: perpetrators.slice(0, 2),
      targets: victims.filter((m) => m.state !== perpetrators[0]?.state).slice(0, 2),
    };
  }
  actors =
    agentAfter.length > 0 && subject.length === 0 ? agentAfter : subject.length > 0 ? subject : agentAfter;
  actors = actors.filter((m) => m.kind !== 'person');
  const agencies = mentions.filter((m) => m.organization?.kind === 'AGENCY');
  if (trigger.type === EventType.INVESTIGATION && agencies.length > 0) actors = agencies;
  const actorStates = new Set(actors.map((m) => m.state));
  const objects = mentions.filter(
    (m) =>
      !actors.includes(m) &&
      !agentAfter.includes(m) &&
      !(
        m.kind === 'state' &&
        LOCATIVE.test(text.slice(Math.max(0, m.start - 12), m.start)) &&
        !/\b(?:from|against)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 12), m.start))
      ) &&
      (m.kind !== 'metonym' || m.start > trigger.end) &&
      !(m.state && actorStates.has(m.state)) &&
      m.kind !== 'person',
  );
  const people = mentions.filter((m) => m.kind === 'person' && m.state && !actorStates.has(m.state));
  return { actors, targets: [...objects, ...people] };
}

/** "Germany, France and Poland each expelled four": one event per state. */
function splitEach(event: DraftedEvent, lead: string): DraftedEvent[] {
  const states = [
    ...new Map(event.actors.filter((a) => a.value.state).map((a) => [a.value.state, a])).values(),
  ];
  if (!/\beach\b/i.test(event.places[0]?.sentence.text ?? '') || states.length < 2) return [event];
  const mutual = event.targets.length === 0 && states.length === 2;
  return states.map((actor, i) => ({
    ...event,
    actors: [{ ...actor, note: `one of several states said to act "each"${lead ? '' : ''}` }],
    targets: mutual ? [{ ...states[1 - i]!, note: 'the other party of a mutual measure' }] : event.targets,
  }));
}
