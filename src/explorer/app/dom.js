// Small helpers to build the page's elements without HTML strings.
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
