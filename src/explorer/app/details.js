// The details panel: what the sources say about an event, a link, an actor or a source.
import { gql } from './api.js';
import { $, resultButton, text } from './dom.js';
import { proposeAnswersControl } from './propose-answers.js';

const CLAIMS =
  'claims(first: 50) { quote value note grade property source { title kind reliability outlet { name } partOf { title } } }';

const EVENT = `query Event($id: ID!) {
  event(id: $id) {
    id title type secret count statedReason date { edtf } disclosed { edtf }
    actors { name } targets { name }
    ${CLAIMS}
    sources(first: 20) { title url }
    corroboration { sources independentOrigins }
  }
}`;

const ACTOR_EVENTS = `query ActorEvents($id: ID!) {
  actor(id: $id) { name initiated(first: 50) { id title date { edtf } } targetedBy(first: 50) { id title date { edtf } } }
}`;

export const LINK_FIELDS = `link { id basis confidence note from { id title } to { id title } ${CLAIMS} }`;

function claimList(claims) {
  const list = document.createElement('div');
  if (claims.length === 0) list.append(text('p', 'No source states this directly.', 'hint'));
  for (const claim of claims) {
    const item = document.createElement('div');
    item.className = 'claim';
    const source = claim.source;
    const where =
      source.kind === 'COMMENT'
        ? `reader comment under “${source.partOf?.title ?? ''}”`
        : (source.title ?? '');
    item.append(
      claim.quote === null
        ? text('p', `${claim.value ?? 'no figure'}: ${claim.note ?? ''}`, 'note')
        : text('q', claim.quote),
      text('span', `${claim.grade} `, 'grade'),
      text(
        'span',
        `${claim.property} · ${where}${source.outlet ? ` · ${source.outlet.name}` : ''}`,
        'source',
      ),
    );
    list.append(item);
  }
  return list;
}

/** The sources that report an event, with or without a claim (a history row names only its URL). */
function sourceList(sources) {
  if (sources.length === 0) return text('p', 'No source reports it.', 'hint');
  const list = document.createElement('ul');
  for (const source of sources) list.append(text('li', source.title ?? source.url ?? '', 'source'));
  return list;
}

/** An event with what the sources say; `actions` (when given) lets an editor look for what it answers. */
export async function showEvent(id, actions) {
  const { event } = await gql(EVENT, { id });
  if (!event) return;
  $('details').replaceChildren(
    text('h2', event.title),
    text(
      'p',
      `${event.type}${event.count !== null ? ` · ${event.count} people` : ''} · ${event.date?.edtf ?? 'date unknown'}${event.secret ? ' · secret' : ''}${event.disclosed ? ` · disclosed ${event.disclosed.edtf}` : ''}`,
    ),
    text(
      'p',
      `By ${event.actors.map((a) => a.name).join(', ') || '?'} against ${event.targets.map((a) => a.name).join(', ') || '?'}`,
    ),
    text(
      'p',
      `${event.corroboration.sources} source(s), ${event.corroboration.independentOrigins} independent origin(s)`,
    ),
    text('h3', 'What the sources say'),
    claimList(event.claims),
    text('h3', 'Reported by'),
    sourceList(event.sources),
    ...(actions ? [proposeAnswersControl(event.id, actions)] : []),
  );
}

/** An actor with the measures it took and those taken against it; onEvent(id) opens one. */
export async function showActor(id, onEvent) {
  const { actor } = await gql(ACTOR_EVENTS, { id });
  const details = $('details');
  details.replaceChildren(text('h2', actor?.name ?? id));
  if (!actor) return;
  for (const [heading, events] of [
    ['Initiated', actor.initiated],
    ['Targeted by', actor.targetedBy],
  ]) {
    if (events.length === 0) continue;
    details.append(text('h3', heading));
    for (const event of events)
      details.append(
        resultButton('event', `${event.title} (${event.date?.edtf ?? '?'})`, () => onEvent(event.id)),
      );
  }
}

export function showSource(label, properties) {
  const details = $('details');
  details.replaceChildren(text('h2', label));
  for (const key of ['kind', 'url', 'published', 'reliability'])
    if (properties?.[key]) details.append(text('p', `${key}: ${properties[key]}`));
}

export function showLink(link) {
  const lag =
    link.lagDays.min === link.lagDays.max
      ? `${link.lagDays.min ?? '?'} days`
      : `${link.lagDays.min ?? '?'}–${link.lagDays.max ?? '?'} days`;
  $('details').replaceChildren(
    text('h2', `${link.link.from.title} → answered → ${link.link.to.title}`),
    text(
      'p',
      `${link.proposed ? 'inferred, not confirmed' : link.link.basis.toLowerCase()}${link.link.confidence !== null ? ` · confidence ${link.link.confidence}` : ''}`,
    ),
    text(
      'p',
      `Lag ${lag} · ${link.proportion.kind.toLowerCase()} (${link.proportion.answered ?? '?'} for ${link.proportion.provoked ?? '?'})`,
    ),
    ...(link.link.note ? [text('p', link.link.note, 'hint')] : []),
    text('h3', 'What the sources say about the link'),
    claimList(link.link.claims),
  );
}
