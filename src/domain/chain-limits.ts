/** Most events a chain or a dyad timeline returns, and its default. */
export const MAX_CHAIN_EVENTS = 200;
export const DEFAULT_CHAIN_EVENTS = 100;

/** Most links among them, and its default. */
export const MAX_CHAIN_LINKS = 500;
export const DEFAULT_CHAIN_LINKS = 200;

/** Most links of one of the longest chains (the statement follows at most this many). */
export const LONGEST_CHAIN_LINKS = 10;
