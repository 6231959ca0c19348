/** Asks `condition` every `intervalMs` until it holds; gives up, naming `what`, after `attempts` tries. */
export async function waitUntil(
  what: string,
  condition: () => Promise<boolean> | boolean,
  { attempts = 300, intervalMs = 100 } = {},
): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`Gave up waiting for ${what}`);
}
