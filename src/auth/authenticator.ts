import { createHash, timingSafeEqual } from 'node:crypto';
import { errors as joseErrors, jwtVerify } from 'jose';
import type { AuthConfig } from './auth-config';
import type { Principal } from './principal';
import { isRole, Role } from './role';
import { UnauthenticatedError } from '../domain/errors';

export interface Credentials {
  authorization?: string | undefined;
  apiKey?: string | undefined;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Turns request credentials into a principal. Presented credentials that do not verify are an
 * error even when anonymous reads are allowed: a bad token never quietly becomes anonymous.
 */
export class Authenticator {
  private readonly secret: Uint8Array | undefined;
  private readonly apiKeys: Array<{ digest: Buffer; role: Role; name: string }>;

  constructor(private readonly config: AuthConfig) {
    this.secret = config.jwtSecret ? new TextEncoder().encode(config.jwtSecret) : undefined;
    this.apiKeys = config.apiKeys.map((key) => ({ digest: digest(key.key), role: key.role, name: key.name }));
  }

  async authenticate(credentials: Credentials): Promise<Principal | null> {
    if (credentials.apiKey) return this.fromApiKey(credentials.apiKey);
    if (credentials.authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(credentials.authorization);
      if (!match?.[1]) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>"');
      return this.fromToken(match[1]);
    }
    return this.config.allowAnonymousReads
      ? { subject: 'anonymous', roles: [Role.READER], via: 'anonymous' }
      : null;
  }

  private fromApiKey(presented: string): Principal {
    const presentedDigest = digest(presented);
    const key = this.apiKeys.find((candidate) => timingSafeEqual(candidate.digest, presentedDigest));
    if (!key) throw new UnauthenticatedError('Unknown API key');
    return { subject: `api-key:${key.name}`, roles: [key.role], via: 'api-key' };
  }

  private async fromToken(token: string): Promise<Principal> {
    if (!this.secret)
      throw new UnauthenticatedError('Tokens are not accepted: no AUTH_JWT_SECRET is configured');
    try {
      const { payload } = await jwtVerify(token, this.secret, {
        algorithms: ['HS256', 'HS384', 'HS512'],
        audience: this.config.jwtAudience,
        issuer: this.config.jwtIssuer,
        requiredClaims: ['exp', 'sub'],
      });
      const claimed: unknown = payload['roles'];
      const roles = Array.isArray(claimed) ? claimed.filter(isRole) : [];
      if (roles.length === 0)
        throw new UnauthenticatedError('The token grants no role (claim "roles": reader, editor or admin)');
      return { subject: String(payload.sub), roles, via: 'jwt', expiresAt: payload.exp };
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw error;
      if (error instanceof joseErrors.JOSEError)
        throw new UnauthenticatedError(`Invalid token: ${error.message}`);
      throw error;
    }
  }
}
