// The explorer: a page over the public GraphQL API. Bundled with cytoscape by esbuild into
// dist/explorer/explorer.js, served at /explore; no network access but to this server.
import cytoscape from 'cytoscape';
import { gql, headers } from './api.js';
import { mountWorkbench } from './workbench.js';

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2'];
const DAY = 86_400_000;
const $ = (id) => document.getElementById(id);
const state = { eventId: null, chain: null, cy: null };

const CHAIN = `query Chain($id: ID!, $includeProposed: Boolean!) {
  chain(eventId: $id, depth: 5, scope: COMPONENT, includeProposed: $includeProposed, maxEvents: 100, maxLinks: 80) {
    truncated
    startedBy
    sides { stateId measures expelled }
    steps { event { id title type count date { edtf earliest latest } } actorStates targetStates }
    links {
      proposed
      lagDays { min max }
      proportion { answered provoked kind }
      link { id basis confidence note from { id title } to { id title }
             claims(first: 50) { quote grade property source { title kind reliability outlet { name } partOf { title } } } }
    }
  }
}`;

const EVENT = `query Event($id: ID!) {
  event(id: $id) {
    id title type secret count statedReason date { edtf } disclosed { edtf }
    actors { name } targets { name }
    claims(first: 50) { quote grade property source { title kind reliability outlet { name } partOf { title } } }
    corroboration { sources independentOrigins }
  }
}`;

const SEARCH = `query Search($text: String!) {
  search(text: $text, kinds: [ACTOR, EVENT], first: 20) {
    passage
    node { __typename id ... on Actor { name description } ... on Event { title date { edtf } } }
  }
}`;

const ACTOR_EVENTS = `query ActorEvents($id: ID!) {
  actor(id: $id) { name initiated(first: 50) { id title date { edtf } } targetedBy(first: 50) { id title date { edtf } } }
}`;

function status(text) {
  $('status').textContent = text;
}

function text(tag, content, className) {
  const element = document.createElement(tag);
  element.textContent = content;
  if (className) element.className = className;
  return element;
}

function resultButton(kind, label, onClick) {
  const button = document.createElement('button');
  button.type = 'button';
  button.append(text('span', kind, 'kind'), document.createTextNode(label));
  button.addEventListener('click', onClick);
  return button;
}

async function search(event) {
  event.preventDefault();
  const query = $('search-text').value.trim();
  if (!query) return;
  status('Searching…');
  try {
    const { search: hits } = await gql(SEARCH, { text: query });
    const results = $('results');
    results.replaceChildren();
    if (hits.length === 0) results.append(text('p', 'Nothing found.', 'hint'));
    for (const hit of hits) {
      const node = hit.node;
      if (node.__typename === 'Event') {
        results.append(
          resultButton('event', `${node.title} ${node.date ? `(${node.date.edtf})` : ''}`, () =>
            openChain(node.id),
          ),
        );
      } else {
        results.append(
          resultButton(node.__typename, node.name ?? node.description ?? node.id, () => openActor(node.id)),
        );
      }
    }
    status('');
  } catch (error) {
    status(error.message);
  }
}

async function openActor(id) {
  const { actor } = await gql(ACTOR_EVENTS, { id });
  const details = $('details');
  details.replaceChildren(text('h2', actor.name ?? id));
  for (const [heading, events] of [
    ['Initiated', actor.initiated],
    ['Targeted by', actor.targetedBy],
  ]) {
    if (events.length === 0) continue;
    details.append(text('h3', heading));
    for (const event of events)
      details.append(
        resultButton('event', `${event.title} (${event.date?.edtf ?? '?'})`, () => openChain(event.id)),
      );
  }
}

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
      text('q', claim.quote),
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

async function showEvent(id) {
  const { event } = await gql(EVENT, { id });
  const details = $('details');
  details.replaceChildren(
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
  );
}

function showLink(id) {
  const link = state.chain.links.find((candidate) => candidate.link.id === id);
  if (!link) return;
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

function sideColours(chain) {
  const sides = [...new Set(chain.steps.flatMap((step) => step.actorStates))];
  return new Map(sides.map((side, index) => [side, PALETTE[index % PALETTE.length]]));
}

/** Events laid out along time (x) in one lane per side (y). */
function layout(chain, colours) {
  const days = chain.steps.map((step) => {
    const day = step.event.date?.earliest ?? step.event.date?.latest;
    return day ? Date.parse(day) : null;
  });
  const known = days.filter((day) => day !== null);
  const first = Math.min(...known);
  const span = Math.max(1, (Math.max(...known) - first) / DAY);
  const lanes = [...colours.keys()];
  const perLane = new Map();
  return chain.steps.map((step, index) => {
    const lane = Math.max(0, lanes.indexOf(step.actorStates[0]));
    const offset = perLane.get(lane) ?? 0;
    perLane.set(lane, offset + 1);
    const x = days[index] === null ? 1100 : 60 + ((days[index] - first) / DAY / span) * 900;
    const laneHeight = lanes.length > 6 ? 48 : 170;
    return { x, y: 80 + lane * laneHeight + (offset % 3) * 40 };
  });
}

function render(chain) {
  const colours = sideColours(chain);
  const positions = layout(chain, colours);
  const elements = [
    ...chain.steps.map((step, index) => ({
      data: {
        id: step.event.id,
        label: `${step.event.title.slice(0, 48)}${step.event.title.length > 48 ? '…' : ''}\n${step.event.date?.edtf ?? 'undated'}`,
        colour: colours.get(step.actorStates[0]) ?? '#888',
      },
      position: positions[index],
    })),
    ...chain.links.map((link) => ({
      data: {
        id: link.link.id,
        source: link.link.from.id,
        target: link.link.to.id,
        label: `${link.lagDays.min ?? '?'}${link.lagDays.max !== link.lagDays.min ? `–${link.lagDays.max ?? '?'}` : ''} d · ${link.proportion.kind.toLowerCase()}`,
        proposed: link.proposed ? 'yes' : 'no',
      },
    })),
  ];
  state.cy?.destroy();
  state.cy = cytoscape({
    container: $('graph'),
    elements,
    layout: { name: 'preset', fit: true, padding: 80 },
    maxZoom: 1.6,
    wheelSensitivity: 0.3,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(colour)',
          label: 'data(label)',
          'text-wrap': 'wrap',
          'text-max-width': '180px',
          'font-size': 12,
          'text-valign': 'bottom',
          width: 22,
          height: 22,
        },
      },
      {
        selector: 'edge',
        style: {
          width: 3,
          'line-color': '#7a8599',
          'target-arrow-color': '#7a8599',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          label: 'data(label)',
          'font-size': 10,
          'text-background-color': '#fff',
          'text-background-opacity': 0.85,
        },
      },
      {
        selector: 'edge[proposed = "yes"]',
        style: { 'line-style': 'dashed', 'line-color': '#c98b00', 'target-arrow-color': '#c98b00' },
      },
      { selector: ':selected', style: { 'border-width': 3, 'border-color': '#000', 'line-color': '#000' } },
    ],
  });
  state.cy.on('tap', 'node', (event) => showEvent(event.target.id()).catch((error) => status(error.message)));
  state.cy.on('tap', 'edge', (event) => showLink(event.target.id()));
  window.riposteExplorer = { cy: state.cy, chain, ready: false };
  $('legend').replaceChildren(
    ...[...colours].map(([side, colour]) => {
      const item = text('span', side.replace('state:', ''));
      item.style.setProperty('--side', colour);
      return item;
    }),
  );
}

async function openChain(id) {
  state.eventId = id;
  status('Loading the chain…');
  try {
    const { chain } = await gql(CHAIN, { id, includeProposed: $('include-proposed').checked });
    await showEvent(id);
    state.chain = chain;
    const started = chain.startedBy.map((side) => side.replace('state:', '')).join(', ') || '?';
    $('chain-title').textContent =
      `${chain.steps.length} event(s), ${chain.links.length} link(s)${chain.truncated ? ' (the nearest; more lie beyond)' : ''}; started by ${started}`;
    render(chain);
    $('export-button').disabled = false;
    status('');
    window.riposteExplorer.ready = true;
  } catch (error) {
    status(error.message);
  }
}

async function exportChain() {
  if (!state.eventId) return;
  const format = $('export-format').value;
  const url = `/export/chain/${encodeURIComponent(state.eventId)}?scope=COMPONENT&includeProposed=${$('include-proposed').checked}&format=${format}`;
  const response = await fetch(url, { headers: headers() });
  if (!response.ok) {
    status(`Export failed: ${response.status}`);
    return;
  }
  const name =
    /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `chain.${format}`;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

$('api-key').value = sessionStorage.getItem('riposte.apiKey') ?? '';
$('search-form').addEventListener('submit', search);
$('include-proposed').addEventListener('change', () => state.eventId && openChain(state.eventId));
$('export-button').addEventListener('click', () => exportChain().catch((error) => status(error.message)));
mountWorkbench({ openChain });
