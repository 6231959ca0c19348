import { EventType } from '../domain/vocabulary';
import { CITIES, REGISTERS } from './gazetteer';
import { personNamedAfter, type Mention } from './mentions';
import { slug } from './slug';

/** Where a wording that signals an event lies in its sentence. */
export interface Trigger {
  type: EventType;
  start: number;
  end: number;
  text: string;
}

export interface Sides {
  actors: Mention[];
  targets: Mention[];
  /** Set when the actors were inferred rather than read from the sentence's subject. */
  actorNote?: string;
}

const LOCATIVE = /\b(?:in|from|on|at|to|of|into|near|for)\s+(?:the\s+)?$/i;
/** "Relations with Iran", "the expulsion by Kenya": a name after these is no subject of a later verb. */
const NOT_SUBJECT = /\b(?:with|against|between|towards?|over|about|by|than)\s+(?:the\s+)?$/i;
const FROM = /\b(?:from|against)\s+(?:the\s+)?$/i;
/** Between the agent word and the name: a few words ("said on Friday"), none of them a preposition. */
const GAP = String.raw`(?:(?![\p{L}\d ]*\b(?:from|to|in|into|at|against|for|with|over)\b)[\p{L}\d ]{0,25}\s)?`;
const AGENT_AFTER = new RegExp(
  String.raw`\b(?:by|announced|said|of|according to)\s+${GAP}(?:the\s+)?$`,
  'iu',
);
const SUMMONED_TO = new RegExp(
  String.raw`\b(?:by|to|announced|said|according to)\s+${GAP}(?:the\s+)?$|\b(?:ministry|office|department)\s+in\s+$`,
  'iu',
);
const STATE_SIDE =
  /^\s+(?:side|authorities|government|officials|leadership|president|state|diplomacy|police|military|army|forces|navy|ministry|foreign ministry|prime minister|foreign minister|prosecutors?|security service|intelligence service|counter-?intelligence|regime|junta|cabinet|parliament)\b/i;
const PASSIVE = /\b(?:was|were|been|being|is|are|be)\s+(?:[\p{L}’'-]+\s+)?[“"]?$/iu;
/** "It was decided to declare", "a decision has been taken to expel": a measure with no subject named. */
const IMPERSONAL =
  /\b(?:it (?:was|has been|had been) decided|(?:a|the) decision (?:was|has been|had been) (?:taken|made|adopted))\s+to\s+(?:[\p{L}]+\s+)?$/iu;
/** What follows a summons' object: why it was made ("in connection with", "to protest against"). */
const SUMMONS_REASON =
  /\b(?:in connection with|over|to protest|because of|after|for|to be informed|to inform|and (?:given|handed|told))\b/i;
/** "The ministry said that the diplomats were declared...": the one reporting a passive measure takes it. */
const REPORTING = /^\s+(?:said|says|announced|stated|reported|declared|added|confirmed)\b/;
/** "Two diplomats of the Republic of Bulgaria": the state after "of" owns the people, it does not act. */
const MEMBERS_OF =
  /\b(?:employees?|staff|members?|diplomats?|officials?|personnel|workers?|officers?|attach[eé]s?|consuls?(?: general)?|secretar(?:y|ies)|counsel+ors?|heads?|representatives?|nationals?|citizens?)\s+(?:\S+\s+){0,2}of\s+(?:the\s+)?$/iu;
/** "Moldova ordered Russia to shrink", "accused Warsaw of": a name right after such a verb is its object, not a subject. */
const OBJECT_OF_VERB =
  /\b(?:order(?:s|ed)?|tell(?:s)?|told|ask(?:s|ed)?|urg(?:es|ed)|call(?:s|ed)? on|accus(?:es|ed)|warn(?:s|ed)|inform(?:s|ed)|instruct(?:s|ed)|demand(?:s|ed) that|forc(?:es|ed)|notif(?:ies|ied)|gave|give[sn]?|declar(?:es|ed|ing)|expel(?:s|led|ling)|summon(?:s|ed|ing)|convok(?:es|ed|ing))\s+(?:the\s+)?$/i;
/** "In response to Washington", "the ambassador of Canada": the name after these is a party, not a place. */
const RESPONSE_TO = /\b(?:response|reply|answer|reaction|retaliation|respond\w*) to\s+(?:the\s+)?$/i;
/** "The junta in Bamako", "the ministry in Bogota": the government seated there, not a place. */
const INSTITUTION_IN =
  /\b(?:government|junta|authorities|ministry|officials|regime|administration|leadership|cabinet|presidency)\s+in\s+(?:the\s+)?$/i;
const NOT_A_PLACE =
  /\b(?:(?:ambassadors?|envoys?|embassy|embassies|diplomats?|staff|employees|missions?|consulates?|representatives?|nationals|citizens|charg[eé] d['’]affaires|ministers?|ministry|ministries|governments?|presidents?|leaders?|authorities|officials|spokes\w+) of|(?:spokes\w+|speaking|representatives?) for)\s+(?:the\s+)?$/i;
/** "Joining France and Germany", "as did Spain": states said to take the same measure, not its targets. */
const ALONGSIDE =
  /\b(?:joining|join|joins|joined|like|along with|alongside|following|as did|after|solidarity with|in support of|on behalf of|stood with|stands with)\s+(?:the\s+)?$/i;
const TRAILING_SPEAKER = /,\s+(?:the|its|a|an)\s+(?:[\p{L}'’-]+\s+){0,4}$/u;
const VICTIM_BEFORE = /\b(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}),?\s+(?:who\s+)?$/u;
/** "Russian embassy officials", "U.S. diplomats": a name before people is their nationality, not a subject. */
const PEOPLE_AFTER =
  /^(?:'s|’s)?\s+(?:(?:embassy|consular|diplomatic|mission|intelligence|top|former)\s+)?(?:ambassadors?|envoys?|charg[eé]s?|diplomats?|staff(?:ers?)?|employees?|officials?|officers?|personnel|workers?|agents?|spies|nationals?|citizens?|attach[eé]s?|consuls?|envoys?)\b/i;
const ENVOY_ROLE =
  /\b(?:ambassador|envoy|charg[eé]|consul|diplomat|attach[eé]|high commissioner|counsel+or|secretary of the embassy)/i;
/** "Consulates … are to be closed", "was recalled": the trigger holds its own passive. */
const PASSIVE_WITHIN = /\b(?:be|been|being|was|were|are|is)\s+(?:shut|closed|recalled)\b/i;
/** "Iran's three consulates", "Minsk's embassy": what the owner has is acted on, the owner does not act. */
const OWNS_PEOPLE =
  /^(?:'s|’s)\s+(?:[\p{L}\d-]+\s+){0,2}(?:embass(?:y|ies)|consulates?|missions?|diplomats?|consuls?|ambassadors?|envoys?|staff|employees?|officials?|attach[eé]s?|nationals?|citizens?)\b/iu;
/** "The Chargé d'Affaires of Belarus was handed a note": people of a state are acted on; they may only speak. */
const PEOPLE_OF =
  /\b(?:ambassadors?|envoys?|charg[eé]s? d['’]affaires|diplomats?|staff|employees|representatives?|nationals|citizens|consuls?)\s+of\s+(?:the\s+)?$/i;
const OBLIGED_AFTER =
  /^\s+(?:has|have|had|was given|were given|is given|are given|got|gets)\s+(?:until\s+[\p{L}\d ]{1,20}?|(?:only\s+|just\s+)?(?:[\p{L}\d-]+\s+){0,2}(?:hours?|days?|weeks?|months?))\s+to\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** "Was condemned by London": the one reacting to a measure, not its agent. */
const REACTION_BY =
  /\b(?:condemned|critici[sz]ed|welcomed|denounced|rejected|protested|described|called|slammed|decried|praised|supported|backed|questioned|answered|met|greeted|deplored|regretted|dismissed)\s+(?:\p{L}+\s+){0,3}by\s+(?:the\s+)?$/iu;
/** "Niger has been under the bloc's sanctions": the one under a measure is its target. */
const UNDER = /^\s+(?:has been|have been|is|are|was|were|remains?|remained|had been)\s+under\s+[^,;]{0,30}$/i;
const LIST_GLUE = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?$/;
const RELATIVE_CLAUSE = /^,?\s*(?:which|who)\b/;
const POSSESSIVE =
  /^(?:'s|’s)\s+(?!(?:[\p{L}-]+\s+){0,1}(?:embass(?:y|ies)|consulates?|missions?|diplomats?|consuls?|ambassador|envoy|staff|employees?|officials?|attach[eé]s?|nationals?|citizens?)\b)(?:[\p{L}-]+\s+){0,2}$/u;
const POSSESSIVE_DECISION =
  /^(?:'s|’s)\s+(?:decision|move|order|plan|announcement|choice)\b[^,.;]{0,40}\bto\s+$/u;
/** "The decision of the Algerian authorities to expel": the one named after "decision of" takes the measure. */
const DECISION_OF = /\b(?:decision|move|order|plan|announcement|choice) (?:by|of) (?:the\s+)?$/i;
const DECIDED_AFTER =
  /^(?:\s+(?:authorities|government|side|leadership))?(?:\s+(?:of|on|from|in)\s+[\p{L}\d ]{1,20}?)?\s+to\s+(?:\p{Ll}+ly\s+)?$/iu;
const LEAVE = /\b(?:leave|out of)\s+(?:the\s+)?$/i;
const EXPELLED_FROM =
  /\b(?:expel\w*|expulsions?|ousted|removed|sent home)\s+(?:[\p{L}-]+\s+){0,4}?from\s+(?:the\s+)?$/iu;
const VICTIM_LEAD = /\b(?:in|against|into|on)\s+(?:one of\s+)?(?:the\s+)?$/i;
const ON_SOIL = /^\s+soil\b/;
const COOPERATION =
  /\b(?:cooperat\w*|assist\w*|help\w*|obstruct\w*|hamper\w*)\s+(?:with\s+|in\s+)?(?:the\s+|an?\s+)?$/i;

const HOSTED_MEASURES = new Set<EventType>([
  EventType.EXPULSION,
  EventType.CONSULATE_CLOSURE,
  EventType.STAFF_REDUCTION,
]);

const isActorKind = (mention: Mention) =>
  mention.kind === 'state' || mention.kind === 'metonym' || mention.kind === 'organization';
const isPlace = (mention: Mention) => mention.kind === 'state' || mention.kind === 'metonym';

/** A state standing in for words that name it indirectly (a mission's host, a register's keeper). */
function stateMention(state: string, at: { start: number; end: number; text: string }): Mention {
  return { kind: 'state', start: at.start, end: at.end, text: at.text, state };
}

/**
 * Who acts and who is acted on, from the mentions around a trigger: the subject before it (or an
 * agent after "by", "announced"), the objects after it; prepositions decide which is which.
 */
export function sidesOf(trigger: Trigger, window: Mention[], text: string): Sides {
  const mentions = window.filter((m) => m.organization?.kind !== 'OUTLET');
  const glue = (i: number) => text.slice(mentions[i]!.end, mentions[i + 1]?.start ?? mentions[i]!.end);
  /** "A, B and C" is a list; "After A, B acted" is not: a comma joins names only in a list closed by "and". */
  const closedByAnd = (i: number): boolean => {
    let j = i;
    for (; j < mentions.length - 1 && LIST_GLUE.test(glue(j)); j++)
      if (/\band\b|&/.test(glue(j))) return true;
    // "Germany, the United States and rights groups": a list may close on something not named.
    return j > i && /^\s*,?\s*(?:and|&)\s/.test(text.slice(mentions[j]!.end));
  };
  const listHead = (mention: Mention): Mention => {
    let head = mention;
    for (let i = mentions.indexOf(mention) - 1; i >= 0; i--) {
      if (!LIST_GLUE.test(glue(i)) || !closedByAnd(i)) break;
      head = mentions[i]!;
    }
    return head;
  };
  /** The words before a mention, or before the first of the list "A, B and C" it ends. */
  const lead = (mention: Mention) => {
    const head = listHead(mention);
    return text.slice(Math.max(0, head.start - 40), head.start);
  };
  const locative = (m: Mention) =>
    LOCATIVE.test(lead(m).slice(-12)) && !RESPONSE_TO.test(lead(m)) && !INSTITUTION_IN.test(lead(m));
  const placeOnly = (m: Mention) =>
    locative(m) && !((isPlace(m) || m.kind === 'organization') && NOT_A_PLACE.test(lead(m)));
  const objectOfVerb = (m: Mention) => OBJECT_OF_VERB.test(lead(m));
  const before = mentions.filter((m) => m.end <= trigger.start);
  const reasonAt = trigger.type === EventType.SUMMONS ? SUMMONS_REASON.exec(text.slice(trigger.end)) : null;
  const objectsEnd = reasonAt ? trigger.end + reasonAt.index : text.length;
  const after = mentions.filter((m) => m.start >= trigger.end);
  const agentWords = trigger.type === EventType.SUMMONS ? SUMMONED_TO : AGENT_AFTER;
  // "The expulsion…, announced by Moscow, was condemned by London": the agent of another verb is not this one's.
  const otherVerbsAgent = (m: Mention) => REACTION_BY.test(text.slice(trigger.end, m.start));
  const agentFirst = after.filter(
    (m) =>
      (isActorKind(m) || m.kind === 'person') &&
      !otherVerbsAgent(m) &&
      agentWords.test(text.slice(Math.max(trigger.end, m.start - 60), m.start)) &&
      !MEMBERS_OF.test(text.slice(Math.max(trigger.end, m.start - 40), m.start)),
  );
  // "Dismissed by Germany, the United States and rights groups": the rest of a list after "by" acts too.
  const agentAfter = after.filter(
    (m) =>
      agentFirst.includes(m) || (isActorKind(m) && agentFirst.includes(listHead(m)) && listHead(m) !== m),
  );
  // "…will be declared persona non grata, Smolenskaya Square said": the one reporting a measure with no agent.
  const reporterAfter = after.filter(
    (m) =>
      isActorKind(m) &&
      REPORTING.test(text.slice(m.end)) &&
      /,\s+(?:[\p{L}-]+\s+){0,3}$/u.test(text.slice(Math.max(trigger.end, m.start - 30), m.start)),
  );
  const stateSide = (m: Mention) => m.kind === 'demonym' && STATE_SIDE.test(text.slice(m.end));
  const between = (m: Mention) => text.slice(m.end, trigger.start);
  const owners = before.filter(
    (m) =>
      (isActorKind(m) || m.kind === 'demonym') &&
      ((POSSESSIVE.test(between(m)) && !OWNS_PEOPLE.test(text.slice(m.end))) ||
        POSSESSIVE_DECISION.test(between(m)) ||
        (DECISION_OF.test(lead(m)) && DECIDED_AFTER.test(between(m)))),
  );
  // "Canada's charge d'affaires, Stewart Wheeler": an envoy is acted on, he does not expel or summon.
  const speaksOnly = trigger.type !== EventType.STATEMENT && trigger.type !== EventType.DECLINE_COMMENT;
  const envoy = (m: Mention) =>
    m.kind === 'person' && trigger.type !== EventType.STATEMENT && ENVOY_ROLE.test(m.person?.role ?? '');
  const namesPeople = (m: Mention) => m.kind !== 'person' && PEOPLE_AFTER.test(text.slice(m.end));
  // "London has one month to cut its staff": the one given time is acted on.
  const obliged = (m: Mention) =>
    m.end <= trigger.start &&
    (OBLIGED_AFTER.test(text.slice(m.end, trigger.start)) || UNDER.test(text.slice(m.end, trigger.start)));
  const candidates = before.filter(
    (m) =>
      (isActorKind(m) || m.kind === 'person' || stateSide(m)) &&
      !namesPeople(m) &&
      !obliged(m) &&
      !objectOfVerb(m) &&
      !(NOT_SUBJECT.test(lead(m).slice(-12)) && !/^(?:'s|’s)\s/.test(text.slice(m.end))) &&
      (!placeOnly(m) || RELATIVE_CLAUSE.test(text.slice(m.end))) &&
      !(speaksOnly && PEOPLE_OF.test(lead(m))) &&
      !envoy(m),
  );
  // "The ambassador was summoned": in the passive, the subject is acted on, never the actor.
  const passive =
    (PASSIVE.test(text.slice(0, trigger.start)) ||
      IMPERSONAL.test(text.slice(0, trigger.start)) ||
      PASSIVE_WITHIN.test(trigger.text)) &&
    !/ing$/i.test(trigger.text) &&
    !/^\S+ing\b/i.test(trigger.text) &&
    trigger.type !== EventType.STATEMENT;
  const reporters = candidates.filter((m) => REPORTING.test(text.slice(m.end)));
  const closest = passive ? reporters[reporters.length - 1] : candidates[candidates.length - 1];
  const subject =
    owners.length > 0 ? owners : closest ? candidates.filter((m) => listHead(m) === listHead(closest)) : [];

  if (trigger.type === EventType.STATEMENT || trigger.type === EventType.DECLINE_COMMENT) {
    // "Should Canada act…, the Ministry warned": the speaker is the phrase after the comma, not the quoted words.
    const trailing = TRAILING_SPEAKER.exec(text.slice(0, trigger.start));
    const inSpeech = (m: Mention) => trailing !== null && m.start < (trailing.index ?? 0);
    const people = [...before, ...agentAfter].filter((m) => m.kind === 'person' && !inSpeech(m));
    const speakers = subject.filter((m) => m.kind !== 'person' && !inSpeech(m));
    if (trailing && people.length === 0 && speakers.length === 0) return { actors: [], targets: [] };
    const actors = people.length > 0 ? [...people, ...speakers] : subject.length > 0 ? subject : agentAfter;
    if (trigger.type === EventType.DECLINE_COMMENT) return { actors, targets: [] };
    const speaking = new Set(actors.map((m) => m.state));
    const addressed = after.filter(
      (m) =>
        isPlace(m) && !agentAfter.includes(m) && !speaking.has(m.state) && !LOCATIVE.test(lead(m).slice(-12)),
    );
    return { actors, targets: addressed };
  }
  if (
    trigger.type === EventType.ESPIONAGE ||
    trigger.type === EventType.PROTEST ||
    trigger.type === EventType.ATTACK
  ) {
    if (trigger.type === EventType.ATTACK) {
      const victims = victimsOfAttack(trigger, mentions, text);
      // "The arson attack on a restaurant in Sydney": with no victim named, the state where it happened.
      const where = victims.length === 0 ? placeOf(text, trigger.end, after) : undefined;
      // "Russia invaded Ukraine", "a cyberattack that it blamed on Tehran", "an attack by Iran": a state named as its author.
      const blamed = after.find(
        (m) =>
          isPlace(m) &&
          (/\b(?:blamed on|attributed to|by)\s+(?:the\s+)?$/i.test(text.slice(trigger.end, m.start)) ||
            (/^[^,;]{0,25}\b(?:that|which)\s+$/i.test(text.slice(trigger.end, m.start)) &&
              /^\s+(?:had\s+|has\s+)?(?:began|begun|launched|started|waged|carried out|staged)\b/i.test(
                text.slice(m.end),
              ))),
      );
      // Only a verb ("invaded", "stormed") makes the subject its author; "the poisoning" names none.
      const verb = /^(?:invaded|stormed|raided|storming|raiding)\b/i.test(trigger.text);
      const author = (verb ? subject.find((m) => m.state && !passive) : undefined) ?? blamed;
      // "The invasion of Ukraine", "invaded Ukraine", "stormed the British embassy": what is attacked follows.
      const invaded = /^(?:invasion of|invaded)$/i.test(trigger.text)
        ? after.find((m) => isPlace(m) && m.start === trigger.end + 1)
        : mentions.find(
            (m) =>
              m.organization?.kind === 'MISSION' &&
              m.state &&
              m.start >= trigger.start &&
              m.start < trigger.end,
          );
      const targets = (invaded ? [invaded] : where ? [where] : victims).filter(
        (m) => !author || m.state !== author.state,
      );
      return { actors: author ? [author] : [], targets };
    }
    // Rally-goers are rarely a state, and the states near a rally are those that answer it.
    if (trigger.type === EventType.PROTEST) return { actors: [], targets: [] };
    const onVictim = (m: Mention) => ON_SOIL.test(text.slice(m.end)) || VICTIM_LEAD.test(lead(m));
    const named = agentAfter.filter((m) => m.kind === 'organization');
    const perpetrators =
      named.length > 0
        ? named
        : mentions.filter((m) => m.kind === 'organization' || (m.kind === 'demonym' && !onVictim(m)));
    const victims = mentions.filter(
      (m) => !perpetrators.includes(m) && (m.kind === 'state' || (m.kind === 'demonym' && onVictim(m))),
    );
    return {
      actors: perpetrators.slice(0, 2),
      targets: victims.filter((m) => m.state !== perpetrators[0]?.state).slice(0, 2),
    };
  }

  // "The sanctions the United States announced against Russia": the subject of the clause after the noun acts.
  const relativeAgent = after.find(
    (m) =>
      isActorKind(m) &&
      /^\s+(?:that\s+|which\s+)?(?:the\s+)?$/i.test(text.slice(trigger.end, m.start)) &&
      /^\s+(?:had\s+|has\s+)?(?:announced|imposed|introduced|adopted|ordered|took)\b/i.test(
        text.slice(m.end),
      ),
  );
  let actors = relativeAgent
    ? [relativeAgent]
    : agentAfter.length > 0 && subject.length === 0
      ? agentAfter
      : subject.length > 0
        ? subject
        : agentAfter;
  if (actors.length === 0 && passive) actors = reporterAfter.slice(0, 1);
  // "The German embassy in Moscow confirmed that four of its employees had been declared…": a mission
  // reports what its host did to it.
  const reportingMission = passive ? actors.find((m) => m.organization?.kind === 'MISSION') : undefined;
  const missionHost = reportingMission?.organization?.host;
  if (
    reportingMission &&
    missionHost &&
    missionHost !== reportingMission.state &&
    HOSTED_MEASURES.has(trigger.type)
  )
    actors = [stateMention(missionHost, reportingMission)];
  // "The German ambassador was recalled to Berlin": the envoy's own state calls him home.
  if (trigger.type === EventType.AMBASSADOR_RECALL && passive && actors.length === 0) {
    const envoyState = before.filter((m) => m.state && (m.kind === 'person' || m.kind === 'demonym')).at(-1);
    if (envoyState) actors = [envoyState];
  }
  // "Withdrawing Panama's diplomats from Caracas": the state whose envoys come home recalls them.
  const ownEnvoys = mentions.find(
    (m) =>
      isPlace(m) && m.start >= trigger.start && m.end <= trigger.end && /^(?:'s|’s)/.test(text.slice(m.end)),
  );
  if (trigger.type === EventType.AMBASSADOR_RECALL && ownEnvoys && actors.every((m) => !m.state))
    actors = [ownEnvoys];
  actors = actors.flatMap((m) => (m.kind !== 'person' ? [m] : m.state ? [stateMention(m.state, m)] : []));
  let actorNote: string | undefined;
  if (trigger.type === EventType.EXPULSION) {
    const expelling = expellingStates(mentions, trigger, lead, subject.length === 0);
    if (expelling.length > 0) actors = expelling;
  }
  const agencies = mentions.filter((m) => m.organization?.kind === 'AGENCY');
  if (trigger.type === EventType.INVESTIGATION && agencies.length > 0) actors = agencies;
  if (trigger.type === EventType.INVESTIGATION && COOPERATION.test(text.slice(0, trigger.start)))
    return { actors: [], targets: [] };
  const actorStates = new Set(actors.map((m) => m.state));
  const objects = mentions.filter(
    (m) =>
      !actors.includes(m) &&
      !agentAfter.includes(m) &&
      !(m.kind === 'state' && placeOnly(m) && !FROM.test(lead(m).slice(-12))) &&
      m.start < objectsEnd &&
      !ALONGSIDE.test(lead(m)) &&
      (m.kind !== 'metonym' ||
        m.start > trigger.end ||
        (m.start > trigger.start && objectOfVerb(m)) ||
        obliged(m)) &&
      !(m.state && actorStates.has(m.state)) &&
      m.kind !== 'person',
  );
  const people = mentions.filter((m) => m.kind === 'person' && m.state && !actorStates.has(m.state));
  const targets = [...objects, ...people];

  if (actors.every((m) => !m.state) && HOSTED_MEASURES.has(trigger.type)) {
    const mission = targets.find((m) => m.organization?.host && m.organization.host !== m.state);
    if (mission?.organization?.host) {
      actors = [stateMention(mission.organization.host, mission)];
      actorNote = `actor state:${mission.organization.host} read as the host of "${mission.text}"`;
    }
  }
  if (trigger.type === EventType.DESIGNATION && actors.every((m) => !m.state)) {
    const register = Object.keys(REGISTERS).find((wording) => text.includes(wording));
    if (register) {
      const keeper = REGISTERS[register]!;
      actors = [stateMention(keeper, trigger)];
      actorNote = `actor state:${keeper} as the keeper of the register "${register}" (gazetteer)`;
    }
  }
  if (trigger.type === EventType.SUMMONS && actors.every((m) => !m.state)) {
    const ministry = targets.find((m) => m.organization?.kind === 'MINISTRY' && m.state);
    if (ministry) actors = [ministry];
  }
  // "Recalled its ambassadors to Ireland and Norway": the states named right after are where they served.
  const servedIn = after.find(
    (m) =>
      isPlace(m) && /^\s+(?:to|in|from)\s+(?:the\s+)?$/i.test(text.slice(trigger.end, listHead(m).start)),
  );
  if (trigger.type === EventType.AMBASSADOR_RECALL && servedIn) {
    const served = after.filter((m) => isPlace(m) && listHead(m) === listHead(servedIn));
    targets.splice(0, targets.length, ...served.filter((m) => !actors.includes(m)));
  }
  if (
    (trigger.type === EventType.AMBASSADOR_RECALL || trigger.type === EventType.CONSULATE_CLOSURE) &&
    targets.length === 0
  ) {
    const posted = after.find(
      (m) => isPlace(m) && !actors.includes(m) && /\b(?:in|to|from)\s+(?:the\s+)?$/i.test(lead(m)),
    );
    // "The ambassadors to Ireland and Norway": every state of the list.
    if (posted)
      targets.push(
        ...after.filter((m) => isPlace(m) && !actors.includes(m) && listHead(m) === listHead(posted)),
      );
  }
  const acting = new Set(actors.map((m) => m.state));
  return {
    actors,
    targets: targets.filter((m) => !actors.includes(m) && !(m.state && acting.has(m.state))),
    actorNote,
  };
}

/** "Ordered to leave Britain", "expulsions of Russian diplomats from Poland": the state that expels. */
function expellingStates(
  mentions: Mention[],
  trigger: Trigger,
  lead: (m: Mention) => string,
  /** "Moscow expelled diplomats from Poland": with a subject acting, "from" names their state. */
  noSubject: boolean,
): Mention[] {
  const nationalities = new Set(mentions.filter((m) => m.kind === 'demonym').map((m) => m.state));
  return mentions.filter((m) => {
    if (!isPlace(m) || m.start < trigger.start) return false;
    const words = lead(m);
    if (LEAVE.test(words)) return true;
    if (!noSubject || !FROM.test(words.slice(-12)) || !/\bfrom\s+(?:the\s+)?$/i.test(words)) return false;
    return EXPELLED_FROM.test(words) || [...nationalities].some((state) => state !== m.state);
  });
}

const IN_PLACE = /\bin\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)/gu;

/** The first state, capital or known city after "in" following an act, as the state where it happened. */
function placeOf(text: string, from: number, after: Mention[]): Mention | undefined {
  const place = after.find(
    (m) => isPlace(m) && /\bin\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 8), m.start)),
  );
  IN_PLACE.lastIndex = from;
  const city = IN_PLACE.exec(text);
  const name = city?.[1];
  const cityState = name ? CITIES[name] : undefined;
  if (city && name && cityState && (!place || city.index < place.start)) {
    const start = city.index + city[0].length - name.length;
    return stateMention(cityState, { start, end: start + name.length, text: name });
  }
  return place;
}

/** "The poisoning of Alexei Navalny", else "the killing of a Georgian citizen" (the victim's state, noted). */
function victimsOfAttack(trigger: Trigger, mentions: Mention[], text: string): Mention[] {
  const named = personNamedAfter(text, trigger.end);
  if (named) return [named];
  // "Hardeep Singh Nijjar, who was shot dead": the victim of a passive act is named before it.
  const before = VICTIM_BEFORE.exec(text.slice(0, trigger.start));
  if (before?.[1] && /^(?:was|were)\b/i.test(trigger.text)) {
    const name = before[1];
    const start = (before.index ?? 0) + before[0].indexOf(name);
    return [
      {
        kind: 'person',
        start,
        end: start + name.length,
        text: name,
        person: { id: `person:${slug(name)}`, name },
      },
    ];
  }
  const nationality = mentions.find(
    (m) =>
      m.kind === 'demonym' &&
      m.start >= trigger.end &&
      /^\s+(?:of|on)\s+(?:an?|the)\s+$/.test(text.slice(trigger.end, m.start)),
  );
  return nationality ? [nationality] : [];
}
