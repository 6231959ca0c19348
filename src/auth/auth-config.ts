import type { Role } from './role';

/** How callers prove who they are: API keys, signed tokens, or nothing when anonymous reads are allowed. */
export interface AuthConfig {
  jwtSecret: string | undefined;
  jwtIssuer: string | undefined;
  jwtAudience: string;
  apiKeys: Array<{ name: string; role: Role; key: string }>;
  allowAnonymousReads: boolean;
}
