// The review of proposed (inferred) retaliation links: each with its score and reasons, opened on
// the graph, confirmed or rejected in one click.
import { gql } from './api.js';
import { button, element, problemList } from './dom.js';

const SHOWN = 50;

const PROPOSALS = `query Proposals($first: Int!, $after: String) {
  retaliationProposals(status: PROPOSED, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id score reasons from { id title date { edtf } } to { id title date { edtf } } } }
  }
}`;

const DECISIONS = {
  confirm: {
    mutation: 'mutation Confirm($id: ID!) { confirmRetaliation(id: $id) { id status } }',
    done: 'Confirmed: now a link (basis INFERRED)',
  },
  reject: {
    mutation: 'mutation Reject($id: ID!) { rejectRetaliation(id: $id) { id status } }',
    done: 'Rejected: kept as refused, never proposed again',
  },
};

const dated = (event) => `${event?.title ?? 'an event no longer in the graph'} (${event?.date?.edtf ?? '?'})`;

/** Mounts the panel in `container`; `showChain(eventId)` draws a chain with its proposals. */
export function reviewPanel(container, showChain) {
  const access = element('p', { className: 'hint' });
  const decision = element('div', { className: 'decision' });
  const count = element('div', { className: 'hint' });
  const list = element('ol', { className: 'proposals' });
  const more = button('More', () => loadMore(), { className: 'more', hidden: true });
  container.replaceChildren(element('h2', {}, ['Proposed links']), access, decision, count, list, more);
  let editor = false;
  let endCursor = null;

  async function decide(proposal, kind, item) {
    for (const control of item.querySelectorAll('button')) control.disabled = true;
    try {
      await gql(DECISIONS[kind].mutation, { id: proposal.id });
      // Said once the chain and the list show the decision.
      await Promise.all([load(), proposal.from && showChain(proposal.from.id)]);
      decision.replaceChildren(
        element('strong', {}, [DECISIONS[kind].done]),
        ` · ${dated(proposal.from)} → ${dated(proposal.to)}`,
      );
    } catch (error) {
      decision.replaceChildren(problemList(error));
      for (const control of item.querySelectorAll('button')) control.disabled = false;
    }
  }

  function proposalItem(proposal) {
    const item = element('li', { className: 'proposal' });
    const actions = element('div', { className: 'actions' }, [
      button('Open on graph', () => showChain(proposal.from.id), { disabled: !proposal.from }),
    ]);
    if (editor)
      actions.append(
        button('Confirm', () => decide(proposal, 'confirm', item), { className: 'confirm' }),
        button('Reject', () => decide(proposal, 'reject', item), { className: 'reject' }),
      );
    item.append(
      element('div', { className: 'score' }, [
        element('meter', { min: 0, max: 1, value: proposal.score }),
        ` score ${proposal.score.toFixed(2)}`,
      ]),
      element('p', {}, [
        element('strong', {}, [dated(proposal.from)]),
        ' may answer ',
        element('strong', {}, [dated(proposal.to)]),
      ]),
      element(
        'ul',
        { className: 'reasons' },
        proposal.reasons.map((reason) => element('li', {}, [reason])),
      ),
      actions,
    );
    return item;
  }

  function showCount(total) {
    const shown = list.children.length;
    count.textContent =
      total === 0
        ? 'No proposal waits for a decision.'
        : `${total} proposal(s) wait for a decision${total > shown ? `; the ${shown} best are shown` : ''}.`;
  }

  /** The next page after what is listed (the first when `from` is null), best score first. */
  async function fetchPage(from) {
    const { retaliationProposals: page } = await gql(PROPOSALS, { first: SHOWN, after: from });
    endCursor = page.pageInfo.endCursor;
    more.hidden = !page.pageInfo.hasNextPage;
    return page;
  }

  async function load() {
    try {
      const page = await fetchPage(null);
      list.replaceChildren(...page.edges.map((edge) => proposalItem(edge.node)));
      showCount(page.totalCount);
    } catch (error) {
      count.replaceChildren(problemList(error));
      list.replaceChildren();
      more.hidden = true;
    }
  }

  async function loadMore() {
    more.disabled = true;
    try {
      const page = await fetchPage(endCursor);
      list.append(...page.edges.map((edge) => proposalItem(edge.node)));
      showCount(page.totalCount);
    } catch (error) {
      count.replaceChildren(problemList(error));
    } finally {
      more.disabled = false;
    }
  }

  return {
    /** Lists the proposals again, with decision buttons only for an editor. */
    refresh(isEditor) {
      editor = isEditor;
      access.textContent = editor
        ? 'Open a proposal to see it dashed in its chain; confirm or reject it in one click.'
        : 'Deciding needs an API key with the editor role: type one in the API key field above.';
      return load();
    },
  };
}
