// "Look for what it answers": the inference run for the one event shown, by an editor; its proposals
// are then drawn dashed in the event's chain and wait in the review panel.
import { gql } from './api.js';
import { button, element, problemList } from './dom.js';
import { isEditor } from './editor-role.js';

const INFER = `mutation ProposeAnswers($ids: [ID!]!) {
  inferRetaliation(answerIds: $ids) { proposed proposals(first: 1) { score to { title date { edtf } } } }
}`;

function outcome(run) {
  if (run.proposed === 0)
    return 'No new proposal: no earlier measure against its actor scores high enough, or each pair is already proposed, linked or decided.';
  const [best] = run.proposals;
  return (
    `${run.proposed} new proposal(s), drawn dashed; the best: it may answer ${best.to?.title ?? '?'} ` +
    `(${best.to?.date?.edtf ?? '?'}), score ${best.score.toFixed(2)}. Decide in Review & drafts.`
  );
}

/**
 * The control for an event's details. `showChainWithProposals(id)` draws the event's chain with
 * proposals shown and settles once it is drawn; `say(text)` tells the outcome where it stays visible.
 */
export function proposeAnswersControl(eventId, { showChainWithProposals, say }) {
  const problems = element('div');
  const control = button(
    'Look for what it answers',
    async () => {
      control.disabled = true;
      problems.replaceChildren();
      try {
        const { inferRetaliation: run } = await gql(INFER, { ids: [eventId] });
        await showChainWithProposals(eventId);
        say(outcome(run));
      } catch (error) {
        problems.replaceChildren(problemList(error));
        control.disabled = false;
      }
    },
    { className: 'propose-answers', title: 'Editors: propose links the sources do not state' },
  );
  const container = element('div', { className: 'propose', hidden: true }, [control, problems]);
  // Shown to editors only: a reader's key could not run it.
  isEditor()
    .catch(() => false)
    .then((editor) => {
      container.hidden = !editor;
      container.dataset.checked = 'true';
    });
  return container;
}
