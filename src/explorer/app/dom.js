// Small helpers to build the page's elements: text goes in as text, never as HTML.
export const $ = (id) => document.getElementById(id);

export function text(tag, content, className) {
  const element = document.createElement(tag);
  element.textContent = content;
  if (className) element.className = className;
  return element;
}

export function status(content) {
  $('status').textContent = content;
}

export function resultButton(kind, label, onClick) {
  const button = document.createElement('button');
  button.type = 'button';
  button.append(text('span', kind, 'kind'), document.createTextNode(label));
  button.addEventListener('click', onClick);
  return button;
}

/** A short state name: state:CZ → CZ. */
export const stateCode = (id) => id.replace('state:', '');

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
