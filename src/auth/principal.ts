import type { Role } from './role';

/** Who is asking: from a signed token, an API key, or nobody (anonymous reads, when allowed). */
export interface Principal {
  subject: string;
  roles: Role[];
  via: 'jwt' | 'api-key' | 'anonymous';
  /** For a token: when it expires, in seconds since the epoch. */
  expiresAt?: number;
}
