/**
 * Characters XML 1.0 cannot carry, escaped or not: C0 controls but tab, line feed and carriage
 * return; lone surrogates; U+FFFE and U+FFFF.
 */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text with what XML forbids dropped; escaping `&`, `<`, `>` and quotes is left to the writer. */
export function xmlText(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** Attributes with every string (key or value) made safe for XML. */
export function xmlAttributes(
  attributes: Record<string, string | number | boolean>,
): Record<string, string | number | boolean> {
  return Object.fromEntries(
    Object.entries(attributes).map(([key, value]) => [
      xmlText(key),
      typeof value === 'string' ? xmlText(value) : value,
    ]),
  );
}
