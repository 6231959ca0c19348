// The draft panel: an article pasted with its publication date, drafted by the server, its facts
// highlighted in the text; the reviewer unticks, corrects a date or a count, and ingests a report.
import { gql } from './api.js';
import { button, element, problemList } from './dom.js';
import { reviewedReport } from './draft-edits.js';
import { draftView, field } from './draft-view.js';

const DRAFT = 'mutation Draft($input: DraftReportInput!) { draftReport(input: $input) }';
const INGEST = `mutation Ingest($report: ReportInput!) {
  ingestReport(report: $report) { reportId status nodesCreated relationshipsCreated }
}`;
const EVENT_PATH = /^events\[(\d+)\]/;

/** Mounts the panel in `container`; `openChain(eventId)` draws an ingested event's chain. */
export function draftPanel(container, openChain) {
  const access = element('p', { className: 'hint' });
  const articleText = element('textarea', { id: 'draft-text', rows: 8, maxLength: 50_000, required: true });
  const published = element('input', { id: 'draft-published', type: 'date' });
  const outlet = element('input', { id: 'draft-outlet', placeholder: 'franceinfo, Kommersant…' });
  const url = element('input', { id: 'draft-url', type: 'url', placeholder: 'https://…' });
  const form = element('form', { id: 'draft-form' }, [
    field('Article text', articleText),
    element('div', { className: 'row' }, [
      field('Published', published),
      field('Outlet', outlet),
      field('Source URL', url),
      element('button', { type: 'submit' }, ['Draft']),
    ]),
  ]);
  const result = element('div', { className: 'draft-result' });
  const messages = element('div', { className: 'draft-messages' });
  container.replaceChildren(
    element('h2', {}, ['Draft a report from an article']),
    access,
    form,
    messages,
    result,
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    draft().catch((error) => messages.replaceChildren(problemList(error)));
  });

  async function draft() {
    messages.replaceChildren(element('p', { className: 'hint' }, ['Drafting…']));
    result.replaceChildren();
    const input = { text: articleText.value, published: published.value || undefined };
    if (outlet.value.trim()) input.outlet = outlet.value.trim();
    if (url.value.trim()) input.url = url.value.trim();
    const { draftReport } = await gql(DRAFT, { input });
    messages.replaceChildren();
    showDraft(draftReport, articleText.value);
  }

  function showDraft(report, text) {
    const { article, cards, reviews } = draftView(report, text);
    const outcome = element('div', { className: 'outcome' });
    const ingest = button('Ingest as a report', () => {
      const { report: reviewed, eventIndexes } = reviewedReport(report, reviews);
      ingestReport(reviewed, eventIndexes, cards, outcome).catch((error) =>
        outcome.replaceChildren(problemList(error)),
      );
    });
    result.replaceChildren(
      article,
      element('div', { className: 'facts' }, [
        element('h3', {}, [`${cards.length} fact(s) drafted; untick what is wrong`]),
        element('ol', {}, cards),
        ingest,
        outcome,
      ]),
    );
  }

  async function ingestReport(report, eventIndexes, cards, outcome) {
    for (const card of cards) {
      card.classList.remove('has-problem');
      card.querySelector('.problems').textContent = '';
    }
    outcome.replaceChildren(element('p', { className: 'hint' }, ['Ingesting…']));
    try {
      const { ingestReport: done } = await gql(INGEST, { report });
      outcome.replaceChildren(
        element('p', { className: 'ingested' }, [
          `Ingested ${done.reportId}: ${done.status} (nodes +${done.nodesCreated}, relationships +${done.relationshipsCreated})`,
        ]),
        ...report.events.map((event) =>
          button(`Open the chain of ${event.title}`, () => openChain(event.id)),
        ),
      );
    } catch (error) {
      outcome.replaceChildren(problemList(error));
      for (const problem of error.problems ?? []) {
        const index = EVENT_PATH.exec(problem.path)?.[1];
        const card = index === undefined ? null : cards[eventIndexes[Number(index)]];
        if (!card) continue;
        card.classList.add('has-problem');
        card.querySelector('.problems').append(`${problem.path}: ${problem.message} `);
      }
    }
  }

  return {
    /** Shows the form to an editor only: drafting and ingesting need the editor role. */
    refresh(isEditor) {
      form.hidden = !isEditor;
      result.hidden = !isEditor;
      access.textContent = isEditor
        ? 'Paste an article in plain text with its publication date; nothing is written until you ingest.'
        : 'Drafting and ingesting need an API key with the editor role: type one in the API key field above.';
    },
  };
}
