// A draft shown for review: the article with each fact's quotes highlighted in the fact's colour,
// and one card per fact (event) to keep or leave out, with its date and count to correct.
import { element } from './dom.js';
import { highlightSegments } from './quote-highlights.js';

const COLOURS = ['#ffd54f', '#81d4fa', '#a5d6a7', '#f48fb1', '#ce93d8', '#ffab91', '#80cbc4', '#e6ee9c'];
const colourOf = (fact) => COLOURS[fact % COLOURS.length];

export function field(label, control) {
  return element('label', { className: 'field' }, [element('span', {}, [label]), control]);
}

function labelled(control, label) {
  control.setAttribute('aria-label', label);
  return control;
}

function highlight(segment, events) {
  const mark = element('mark', { title: segment.facts.map((fact) => events[fact].title).join('\n') }, [
    segment.text,
  ]);
  mark.style.setProperty('--fact', colourOf(segment.facts[0]));
  if (segment.facts.length > 1) {
    mark.classList.add('shared');
    mark.style.setProperty('--also', colourOf(segment.facts[1]));
  }
  return mark;
}

function factCard(event, index, review, missingQuotes) {
  const keep = labelled(element('input', { type: 'checkbox', checked: true }), `Keep ${event.title}`);
  const date = labelled(
    element('input', { className: 'fact-date', value: review.date }),
    `Date of ${event.title}`,
  );
  const count = labelled(
    element('input', { className: 'fact-count', type: 'number', min: 0, value: review.count ?? '' }),
    `Count of ${event.title}`,
  );
  date.addEventListener('change', () => (review.date = date.value.trim()));
  count.addEventListener('change', () => (review.count = count.value === '' ? null : Number(count.value)));
  const swatch = element('span', { className: 'swatch' });
  swatch.style.setProperty('--fact', colourOf(index));
  const card = element('li', { className: 'fact' }, [
    element('label', { className: 'keep' }, [
      keep,
      swatch,
      element('strong', {}, [event.type]),
      ` ${event.title}`,
    ]),
    element('div', { className: 'row' }, [field('Date (EDTF)', date), field('Count', count)]),
    element('p', { className: 'hint' }, [
      `By ${event.actors?.join(', ') || '?'} against ${event.targets?.join(', ') || '?'}`,
      missingQuotes ? ` · ${missingQuotes} quote(s) not found in the text` : '',
    ]),
    element('p', { className: 'problems' }),
  ]);
  keep.addEventListener('change', () => {
    review.keep = keep.checked;
    card.classList.toggle('dropped', !keep.checked);
  });
  return { card, keep };
}

/**
 * The article and the fact cards of a draft of `text`. `reviews[i]` follows what the reviewer
 * decides for the i-th event: `{keep, date, count}`.
 */
export function draftView(report, text) {
  const events = report.events ?? [];
  const reviews = events.map((event) => ({ keep: true, date: event.date ?? '', count: event.count ?? null }));
  const quotes = events.map((event) =>
    (report.claims ?? []).filter((claim) => claim.subject === event.id).map((claim) => claim.quote),
  );
  const { segments, missing } = highlightSegments(text, quotes);
  const facts = events.map((event, index) => factCard(event, index, reviews[index], missing[index]));
  const cards = facts.map((fact) => fact.card);

  const marks = [];
  const article = element(
    'div',
    { className: 'article' },
    segments.map((segment) => {
      if (segment.facts.length === 0) return segment.text;
      const mark = highlight(segment, events);
      mark.addEventListener('click', () => cards[segment.facts[0]].scrollIntoView({ block: 'nearest' }));
      marks.push({ mark, facts: segment.facts });
      return mark;
    }),
  );

  facts.forEach(({ card, keep }, index) => {
    keep.addEventListener('change', () => {
      for (const { mark, facts: covering } of marks)
        mark.classList.toggle(
          'dropped',
          covering.every((fact) => !reviews[fact].keep),
        );
    });
    const focus = (on) => {
      for (const { mark, facts: covering } of marks)
        if (covering.includes(index)) mark.classList.toggle('focus', on);
    };
    card.addEventListener('mouseenter', () => focus(true));
    card.addEventListener('mouseleave', () => focus(false));
  });
  return { article, cards, reviews };
}
