import type { Problem } from './problems';

/** C0 controls but tab, line feed and carriage return, and DEL: characters no stated text holds. */
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

function collect(value: unknown, path: () => string, problems: Problem[]): void {
  if (typeof value === 'string') {
    const found = CONTROL.exec(value);
    if (!found) return;
    const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    problems.push({
      path: path() || '(value)',
      message: `holds a control character (U+${code}) that text may not contain`,
    });
  } else if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++)
      collect(value[index], () => childPath(path(), index), problems);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      // Most values of an input are clean strings: no path is made for them.
      if (typeof item === 'string' && !CONTROL.test(item)) continue;
      collect(item, () => childPath(path(), key), problems);
    }
  }
}

/** Every string of an input, however nested, that holds a control character, at its path. */
export function controlCharacterProblems(value: unknown, path = ''): Problem[] {
  const problems: Problem[] = [];
  collect(value, () => path, problems);
  return problems;
}
