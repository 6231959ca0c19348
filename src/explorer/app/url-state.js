// The view in the URL's query string, so that a copied link opens the same view (with the reader's
// own credentials: the API key never goes into the URL), and back and forward walk the views.
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (text, endOfDay) =>
  DAY_PATTERN.test(text ?? '') ? Date.parse(text) + (endOfDay ? 86_399_999 : 0) : null;

/** The view the URL describes. */
export function readView(search = window.location.search) {
  const params = new URLSearchParams(search);
  const from = dayMs(params.get('from'), false);
  const to = dayMs(params.get('to'), true);
  return {
    q: params.get('q') ?? '',
    event: params.get('event'),
    selected: params.get('sel'),
    range: from !== null && to !== null && from <= to ? [from, to] : null,
    scope: params.get('scope') === 'LINEAGE' ? 'LINEAGE' : 'COMPONENT',
    proposed: params.get('proposed') === '1',
    expanded: (params.get('expand') ?? '').split(',').filter(Boolean).slice(0, 20),
    mode: params.get('view') === 'dyad' ? 'dyad' : 'chain',
    dyad: {
      a: params.get('a') ?? '',
      b: params.get('b') ?? '',
      from: params.get('dfrom') ?? '',
      to: params.get('dto') ?? '',
    },
  };
}

export function viewQuery(view) {
  const params = new URLSearchParams();
  const put = (key, value) => value && params.set(key, value);
  put('q', view.q);
  put('view', view.mode === 'dyad' ? 'dyad' : '');
  put('event', view.event);
  put('scope', view.scope === 'LINEAGE' ? 'LINEAGE' : '');
  put('proposed', view.proposed ? '1' : '');
  put('from', view.range ? isoDay(view.range[0]) : '');
  put('to', view.range ? isoDay(view.range[1]) : '');
  put('expand', view.expanded.join(','));
  put('sel', view.selected);
  put('a', view.dyad.a);
  put('b', view.dyad.b);
  put('dfrom', view.dyad.from);
  put('dto', view.dyad.to);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Records the view as a new history entry (or in place), unless the URL already says it. */
export function writeView(view, { replace = false } = {}) {
  const query = viewQuery(view);
  if (query === window.location.search) return;
  const url = `${window.location.pathname}${query}`;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
}
