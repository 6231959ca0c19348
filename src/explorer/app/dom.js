// Small builders for the panels' elements: text goes in as text, never as HTML.

/** An element with properties (className, type, disabled, value...) and children (nodes or strings). */
export function element(tag, properties = {}, children = []) {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

export function button(label, onClick, properties = {}) {
  const node = element('button', { type: 'button', ...properties }, [label]);
  node.addEventListener('click', onClick);
  return node;
}

/** The located problems of a server error, one line each, or its message when it has none. */
export function problemList(error) {
  if (!error.problems?.length) return element('p', { className: 'error', textContent: error.message });
  return element(
    'ul',
    { className: 'error' },
    error.problems.map((problem) =>
      element('li', {}, [element('code', {}, [problem.path]), ` ${problem.message}`]),
    ),
  );
}
