/** Attributes as XML formats take them: scalars kept, lists joined with "; ", anything else as JSON. */
export function flatAttributes(
  properties: Record<string, unknown>,
): Record<string, string | number | boolean> {
  const flat: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      flat[key] = value;
    else if (Array.isArray(value)) flat[key] = value.map(String).join('; ');
    else flat[key] = JSON.stringify(value);
  }
  return flat;
}
