// The workbench beside the graph: a "Review" tab for proposed links and a "Draft" tab for articles,
// both for editors; mounted by explorer.js with its function that draws a chain.
import { isEditor } from './editor-role.js';
import { draftPanel } from './draft-panel.js';
import { reviewPanel } from './review-panel.js';

const $ = (id) => document.getElementById(id);

/** Mounts the workbench; returns how to draw a chain with its proposals, the review list refreshed. */
export function mountWorkbench({ openChain }) {
  const showChainWithProposals = (eventId) => {
    $('include-proposed').checked = true;
    return openChain(eventId);
  };
  const review = reviewPanel($('review-panel'), showChainWithProposals);
  const draft = draftPanel($('draft-panel'), openChain);
  const tabs = { review: $('tab-review'), draft: $('tab-draft') };

  async function refresh() {
    if ($('workbench').hidden) return;
    const editor = await isEditor().catch(() => false);
    draft.refresh(editor);
    await review.refresh(editor);
  }

  function select(name) {
    for (const [tab, control] of Object.entries(tabs)) {
      control.setAttribute('aria-selected', String(tab === name));
      $(`${tab}-panel`).hidden = tab !== name;
    }
    $('workbench').classList.toggle('wide', name === 'draft');
  }

  tabs.review.addEventListener('click', () => select('review'));
  tabs.draft.addEventListener('click', () => select('draft'));
  $('workbench-toggle').addEventListener('click', () => {
    $('workbench').hidden = !$('workbench').hidden;
    // Below the header, however many lines it wraps to, so that the API key stays at hand.
    $('workbench').style.top = `${document.querySelector('header').getBoundingClientRect().bottom}px`;
    $('workbench-toggle').setAttribute('aria-expanded', String(!$('workbench').hidden));
    document.body.classList.toggle('workbench-open', !$('workbench').hidden);
    refresh();
  });
  $('api-key').addEventListener('change', refresh);
  return {
    showChainWithProposals: async (eventId) => {
      await showChainWithProposals(eventId);
      await refresh();
    },
  };
}
