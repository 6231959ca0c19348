import type { Problem } from './problems';

/** C0 controls but tab, line feed and carriage return, and DEL: characters no stated text holds. */
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

/** Every string of an input, however nested, that holds a control character, at its path. */
export function controlCharacterProblems(value: unknown, path = ''): Problem[] {
  if (typeof value === 'string') {
    const found = CONTROL.exec(value);
    if (!found) return [];
    const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return [
      { path: path || '(value)', message: `holds a control character (U+${code}) that text may not contain` },
    ];
  }
  if (Array.isArray(value))
    return value.flatMap((item, index) => controlCharacterProblems(item, childPath(path, index)));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) =>
      controlCharacterProblems(item, childPath(path, key)),
    );
  return [];
}
