// The explorer: a page over the public GraphQL API. Bundled with its npm packages by esbuild into
// dist/explorer/explorer.js, served at /explore; no network access but to this server.
import { gql, headers, rememberKey } from './api.js';
import { drawChain, fadeOutside, sideColours } from './chain-graph.js';
import { LINK_FIELDS, showActor, showEvent, showLink, showSource } from './details.js';
import { $, resultButton, status, text } from './dom.js';
import { drawDyad, fetchDyad } from './dyad-view.js';
import { expandNode, EXPAND_LIMIT } from './expand.js';
import { renderLegend } from './legend.js';
import { createPlayer } from './play.js';
import { createTimeBar } from './time-bar.js';
import { readView, writeView } from './url-state.js';
import { mountWorkbench } from './workbench.js';

const CHAIN = `query Chain($id: ID!, $scope: ChainScope!, $includeProposed: Boolean!) {
  chain(eventId: $id, depth: 5, scope: $scope, includeProposed: $includeProposed, maxEvents: 100, maxLinks: 80) {
    truncated
    startedBy
    sides { stateId measures expelled }
    steps { event { id title type count date { edtf earliest latest } } actorStates targetStates }
    links { proposed lagDays { min max } proportion { answered provoked kind } ${LINK_FIELDS} }
  }
}`;

const SEARCH = `query Search($text: String!) {
  search(text: $text, kinds: [ACTOR, EVENT], first: 20) {
    passage
    node { __typename id ... on Actor { name description } ... on Event { title date { edtf } } }
  }
}`;

/** What is shown; the URL mirrors it (url-state.js). */
let view = readView('');
const state = { chain: null, cy: null, searched: null, dyadKey: null };
/** Mounted last, below; an event's details reach it only once the page is running. */
let workbench = null;
/** What an editor may do from an event's details: look for what it answers, then see it drawn. */
const eventActions = {
  showChainWithProposals: (id) => workbench.showChainWithProposals(id),
  say: status,
};

/** What the page exposes for tests and for the console. */
const explorer = {
  ready: false,
  settled: false,
  dyad: null,
  get cy() {
    return state.cy;
  },
  get chain() {
    return state.chain;
  },
  get view() {
    return view;
  },
};
window.riposteExplorer = explorer;

const record = (options) => writeView(view, options);
const report = (error) => status(error.message);

const timeBar = createTimeBar($('time-bar'), (range) => {
  view = { ...view, range };
  applyPeriod();
  record();
});
const player = createPlayer(timeBar, $('play-button'), (range) => {
  view = { ...view, range };
  applyPeriod();
  record({ replace: true });
});

function applyPeriod() {
  if (state.cy) fadeOutside(state.cy, view.range);
  $('period').textContent = view.range
    ? `${new Date(view.range[0]).toISOString().slice(0, 10)} to ${new Date(view.range[1]).toISOString().slice(0, 10)}`
    : 'all dates';
}

function timeBarItems() {
  return state.cy.nodes('[type = "Event"]').map((node) => ({
    id: node.id(),
    title: node.data('label'),
    day: node.data('day') ?? null,
    earliest: node.data('earliest') ?? null,
    latest: node.data('latest') ?? null,
  }));
}

async function runSearch(query) {
  $('search-text').value = query;
  const results = $('results');
  if (!query) {
    results.replaceChildren(text('p', 'Search to begin.', 'hint'));
    state.searched = query;
    return;
  }
  const { search: hits } = await gql(SEARCH, { text: query });
  state.searched = query;
  results.replaceChildren();
  if (hits.length === 0) results.append(text('p', 'Nothing found.', 'hint'));
  for (const { node } of hits) {
    const label =
      node.__typename === 'Event'
        ? `${node.title} ${node.date ? `(${node.date.edtf})` : ''}`
        : (node.name ?? node.description ?? node.id);
    const kind = node.__typename === 'Event' ? 'event' : node.__typename;
    results.append(
      resultButton(kind, label, () => (kind === 'event' ? pickEvent(node.id) : pickActor(node.id))),
    );
  }
}

/** Draws a chain; the caller says when the whole view is ready (explorer.ready). */
async function loadChain(id) {
  explorer.ready = false;
  status('Loading the chain…');
  const { chain } = await gql(CHAIN, { id, scope: view.scope, includeProposed: view.proposed });
  state.chain = chain;
  const started = chain.startedBy.map((side) => side.replace('state:', '')).join(', ') || '?';
  $('chain-title').textContent =
    `${chain.steps.length} event(s), ${chain.links.length} link(s)${chain.truncated ? ' (the nearest; more lie beyond)' : ''}; started by ${started}`;
  const colours = sideColours(chain);
  state.cy?.destroy();
  state.cy = drawChain($('graph'), chain, colours);
  // Events, actors and sources; not the boxes that group a wave.
  state.cy.on('tap', 'node[type]', (event) => pickNode(event.target).catch(report));
  state.cy.on('tap', 'edge', (event) => pickEdge(event.target.id()).catch(report));
  renderLegend($('legend'), colours);
  timeBar.setItems(timeBarItems());
  $('export-button').disabled = false;
  status('');
}

async function expand(id) {
  const { added, truncated } = await expandNode(state.cy, id);
  timeBar.setItems(timeBarItems());
  applyPeriod();
  status(truncated ? `Showing the nearest ${EXPAND_LIMIT} neighbours; more lie beyond.` : '');
  return added;
}

/** Shows the details of a node or link of the graph, without recording anything. */
async function showSelected(id) {
  const element = state.cy?.getElementById(id);
  if (!element || element.empty()) return;
  state.cy.elements().unselect();
  element.select();
  if (element.isEdge()) {
    const link = state.chain.links.find((candidate) => candidate.link.id === id);
    if (link) showLink(link);
    else $('details').replaceChildren(text('h2', element.data('label')));
    return;
  }
  const type = element.data('type');
  if (type === 'Event') await showEvent(id, eventActions);
  else if (type === 'Source') showSource(element.data('label'), element.data('properties'));
  else await showActor(id, pickEvent);
}

/** The details shown (a selected element, or else the chain's own event) drawn again for the key now typed. */
async function showDetailsAgain() {
  if (view.selected) await showSelected(view.selected);
  else if (view.mode !== 'dyad' && view.event) await showEvent(view.event, eventActions);
}

// What the analyst does: each records a view in the history.

async function pickEvent(id) {
  view = { ...view, mode: 'chain', event: id, selected: id, expanded: [], range: null };
  showMode();
  await loadChain(id);
  timeBar.setRange(null);
  applyPeriod();
  await showEvent(id, eventActions);
  record();
  explorer.ready = true;
}

async function pickActor(id) {
  await showActor(id, pickEvent);
}

async function pickNode(node) {
  const id = node.id();
  view = { ...view, selected: id };
  await showSelected(id);
  if (!view.expanded.includes(id)) {
    view = { ...view, expanded: [...view.expanded, id] };
    await expand(id);
  }
  record();
}

async function pickEdge(id) {
  view = { ...view, selected: id };
  await showSelected(id);
  record();
}

const stateId = (input) => {
  const code = input
    .trim()
    .replace(/^state:/i, '')
    .toUpperCase();
  return code ? `state:${code}` : '';
};

async function loadDyad(dyad) {
  $('dyad-a').value = dyad.a.replace('state:', '');
  $('dyad-b').value = dyad.b.replace('state:', '');
  $('dyad-from').value = dyad.from;
  $('dyad-to').value = dyad.to;
  const key = JSON.stringify(dyad);
  if (!dyad.a || !dyad.b || state.dyadKey === key) return;
  explorer.dyad = null;
  status('Loading the dyad…');
  const timeline = await fetchDyad(dyad);
  drawDyad($('dyad-chart'), timeline, [dyad.a, dyad.b], (id) => showEvent(id).catch(report));
  state.dyadKey = key;
  explorer.dyad = timeline;
  status('');
}

function showMode() {
  const dyad = view.mode === 'dyad';
  $('chain-view').hidden = dyad;
  $('dyad-view').hidden = !dyad;
  $('tab-chain').setAttribute('aria-selected', String(!dyad));
  $('tab-dyad').setAttribute('aria-selected', String(dyad));
}

/** Brings the page to a view (from the URL: on opening, or back and forward). */
async function apply(next) {
  explorer.settled = false;
  player.stop();
  const previous = view;
  view = next;
  $('scope').value = next.scope;
  $('include-proposed').checked = next.proposed;
  if (next.q !== state.searched) await runSearch(next.q);
  showMode();
  if (next.mode === 'dyad') await loadDyad(next.dyad);
  if (next.event) {
    const sameChain =
      state.chain &&
      previous.event === next.event &&
      previous.scope === next.scope &&
      previous.proposed === next.proposed &&
      previous.expanded.every((id, index) => next.expanded[index] === id);
    if (!sameChain) await loadChain(next.event);
    for (const id of next.expanded.slice(sameChain ? previous.expanded.length : 0)) await expand(id);
    timeBar.setRange(next.range);
    applyPeriod();
    if (next.selected) await showSelected(next.selected);
    else if (!sameChain) await showEvent(next.event, eventActions);
    explorer.ready = true;
  }
  explorer.settled = true;
}

async function exportChain() {
  if (!view.event) return;
  const format = $('export-format').value;
  const url = `/export/chain/${encodeURIComponent(view.event)}?scope=${view.scope}&includeProposed=${view.proposed}&format=${format}`;
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

async function reloadChain() {
  view = { ...view, scope: $('scope').value, proposed: $('include-proposed').checked, expanded: [] };
  if (view.event) {
    await loadChain(view.event);
    timeBar.setRange(view.range);
    applyPeriod();
    explorer.ready = true;
  }
  record();
}

$('api-key').value = sessionStorage.getItem('riposte.apiKey') ?? '';
$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const query = $('search-text').value.trim();
  if (!query) return;
  status('Searching…');
  view = { ...view, q: query };
  runSearch(query)
    .then(() => {
      status('');
      record();
    })
    .catch(report);
});
$('scope').addEventListener('change', () => reloadChain().catch(report));
$('include-proposed').addEventListener('change', () => reloadChain().catch(report));
$('export-button').addEventListener('click', () => exportChain().catch(report));
$('clear-period').addEventListener('click', () => {
  player.stop();
  view = { ...view, range: null };
  timeBar.setRange(null);
  applyPeriod();
  record();
});
for (const mode of ['chain', 'dyad'])
  $(`tab-${mode}`).addEventListener('click', () => {
    view = { ...view, mode };
    showMode();
    record();
  });
$('dyad-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const dyad = {
    a: stateId($('dyad-a').value),
    b: stateId($('dyad-b').value),
    from: $('dyad-from').value,
    to: $('dyad-to').value,
  };
  view = { ...view, mode: 'dyad', dyad };
  loadDyad(dyad)
    .then(() => record())
    .catch(report);
});
// A copied link opened without a key for this tab: the view loads once the key is typed.
$('api-key').addEventListener('change', () => {
  rememberKey();
  const viewShown = explorer.settled ? Promise.resolve() : apply(readView());
  // What the details offer depends on the key's role, even when they were drawn before it was typed.
  viewShown.then(showDetailsAgain).catch(report);
});
window.addEventListener('popstate', () => apply(readView()).catch(report));
window.addEventListener('resize', () => state.cy && timeBar.redraw());
apply(readView()).catch(report);
// The review and draft panels open chains as a pick would, with the inferred-links toggle as they set it.
workbench = mountWorkbench({
  openChain: (id) => {
    view = { ...view, proposed: $('include-proposed').checked };
    return pickEvent(id);
  },
});
