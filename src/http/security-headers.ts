import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';

/** Nothing may be loaded, run or framed: the policy for JSON answers and exported files. */
export const NOTHING_POLICY =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The one <style> element Cytoscape.js adds to the page, allowed by its hash. */
const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';
const cytoscapeStyleHash = `'sha256-${createHash('sha256').update(CYTOSCAPE_STYLE).digest('base64')}'`;

/**
 * The explorer's page: its own bundled script and stylesheet (and Cytoscape's one rule), fetches to this server only, drawings
 * on canvas (blob and data images), downloads through blob URLs; no inline script, no framing.
 */
export const EXPLORER_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${cytoscapeStyleHash}`,
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Headers on every answer: no MIME sniffing, no framing, no referrer, and a Content-Security-Policy.
 * `policy` is null where a page sets its own (Apollo's development landing page).
 */
export function securityHeaders(policy: (path: string) => string | null): RequestHandler {
  return (req, res, next) => {
    res.set({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    const csp = policy(req.path);
    if (csp) res.set('Content-Security-Policy', csp);
    next();
  };
}
