import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** The one <style> element Cytoscape.js adds to the page, allowed by its hash. */
const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';
const cytoscapeStyleHash = `'sha256-${createHash('sha256').update(CYTOSCAPE_STYLE).digest('base64')}'`;

const CLOSED = { baseUri: ["'none'"], formAction: ["'none'"], frameAncestors: ["'none'"] };

/** Nothing may be loaded, run or framed: the policy for JSON answers and exported files. */
const NOTHING = { defaultSrc: ["'none'"], ...CLOSED };

/**
 * The explorer's page: its own bundled script and stylesheet (and Cytoscape's one rule), fetches to
 * this server only, drawings on canvas (blob and data images); no inline script, no framing.
 */
const EXPLORER = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", cytoscapeStyleHash],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  ...CLOSED,
};

export type PolicyName = 'nothing' | 'explorer' | 'own';

/** helmet's headers (nosniff, no framing, no referrer...) with one of the policies above. */
function headersWith(directives: Record<string, string[]> | null): RequestHandler {
  return helmet({
    contentSecurityPolicy: directives ? { useDefaults: false, directives } : false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

const BY_NAME: Record<PolicyName, RequestHandler> = {
  nothing: headersWith(NOTHING),
  explorer: headersWith(EXPLORER),
  // A page that sets its own policy (Apollo's development landing page).
  own: headersWith(null),
};

/** Security headers on every answer, with the Content-Security-Policy the path needs. */
export function securityHeaders(policyFor: (path: string) => PolicyName): RequestHandler {
  return (req, res, next) => BY_NAME[policyFor(req.path)](req, res, next);
}
