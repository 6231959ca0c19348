/**
 * The words of a source's address: a news article's address is most often its headline, with
 * hyphens for spaces ("russia-expels-austrian-diplomat-in-tit-for-tat-...").
 */
export function addressWords(address: string): string {
  let path = address;
  try {
    path = new URL(address).pathname;
  } catch {
    // Not an absolute address: its own text is read.
  }
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: read as written.
  }
  return path.replace(/[-_/+.]+/g, ' ');
}

/** The first words of answering found in any of the addresses, by the given pattern. */
export function addressWording(addresses: readonly string[], wording: RegExp): string | null {
  for (const address of addresses) {
    const found = wording.exec(addressWords(address));
    if (found) return found[0];
  }
  return null;
}
