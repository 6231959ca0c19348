import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
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

type HeaderStep = { name: string; value: string | string[] } | { name: string; removed: true };

/**
 * helmet's answer here depends on nothing in the request (no nonce, no function directive): it is
 * recorded once, and each answer replays it, instead of helmet's dozen middlewares per request.
 */
function recorded(middleware: RequestHandler): HeaderStep[] {
  const steps: HeaderStep[] = [];
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      steps.push({ name, value: typeof value === 'number' ? String(value) : (value as string | string[]) });
    },
    removeHeader: (name: string) => {
      steps.push({ name, removed: true });
    },
  };
  let done = false;
  void middleware({} as Request, recorder as unknown as Response, () => {
    done = true;
  });
  if (!done) throw new Error('helmet did not set its headers synchronously');
  return steps;
}

const BY_NAME: Record<PolicyName, HeaderStep[]> = {
  nothing: recorded(headersWith(NOTHING)),
  explorer: recorded(headersWith(EXPLORER)),
  // A page that sets its own policy (Apollo's development landing page).
  own: recorded(headersWith(null)),
};

/** Sets the security headers of a policy on an answer (Express's or a bare Node one). */
export function setSecurityHeaders(policy: PolicyName, res: ServerResponse): void {
  for (const step of BY_NAME[policy]) {
    if ('removed' in step) res.removeHeader(step.name);
    else res.setHeader(step.name, step.value);
  }
}

/** Security headers on every answer, with the Content-Security-Policy the path needs. */
export function securityHeaders(policyFor: (path: string) => PolicyName): RequestHandler {
  return (req, res, next) => {
    setSecurityHeaders(policyFor(req.path), res);
    next();
  };
}
