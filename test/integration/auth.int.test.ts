import { SignJWT, UnsecuredJWT } from 'jose';
import type { RunningApplication } from '../../src/application';
import {
  postGraphQL,
  signTestToken,
  startTestApplication,
  TEST_JWT_SECRET,
} from '../support/test-application';

const READ = '{ events(first: 1) { totalCount } }';
const MERGE_AUDITS = '{ mergeAudits { totalCount } }';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('authentication and roles', () => {
  let app: RunningApplication;

  beforeAll(async () => {
    app = await startTestApplication();
  });

  afterAll(() => app.stop());

  it('refuses reads without credentials when anonymous reads are off (the default outside development)', async () => {
    const { status, body } = await postGraphQL(app, { query: READ }, { as: 'anonymous' });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(body.data).toBeNull();
  });

  it('lets a reader read, but not write', async () => {
    expect((await postGraphQL(app, { query: READ })).body.errors).toBeUndefined();
    const write = await postGraphQL(app, {
      query: 'mutation { linkRetaliation(link: {from: "event:a", to: "event:b"}) { id } }',
    });
    expect(write.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('tells a client its own roles, so it offers only what they allow', async () => {
    const VIEWER = '{ viewer { roles canEdit } }';
    expect((await postGraphQL(app, { query: VIEWER })).body).toEqual({
      data: { viewer: { roles: ['reader'], canEdit: false } },
    });
    expect((await postGraphQL(app, { query: VIEWER }, { as: 'editor' })).body).toEqual({
      data: { viewer: { roles: ['editor'], canEdit: true } },
    });
  });

  it('keeps merges and the audit log for admins', async () => {
    const asEditor = await postGraphQL(app, { query: MERGE_AUDITS }, { as: 'editor' });
    expect(asEditor.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const asAdmin = await postGraphQL(app, { query: MERGE_AUDITS }, { as: 'admin' });
    expect(asAdmin.body).toEqual({ data: { mergeAudits: { totalCount: 0 } } });
  });

  it('accepts a signed token with roles', async () => {
    const token = await signTestToken({ roles: ['editor'] });
    const { body } = await postGraphQL(app, { query: READ }, { as: 'anonymous', headers: bearer(token) });
    expect(body.errors).toBeUndefined();
  });

  it.each([
    [
      'an unsigned token (alg: none)',
      () =>
        Promise.resolve(
          new UnsecuredJWT({ roles: ['admin'] })
            .setSubject('x')
            .setAudience('riposte')
            .setExpirationTime('1h')
            .encode(),
        ),
    ],
    ['an expired token', () => signTestToken({ roles: ['reader'] }, { expiresIn: '-1m' })],
    [
      'a token for another audience',
      () => signTestToken({ roles: ['reader'] }, { audience: 'someone-else' }),
    ],
    [
      'a token signed with another secret (forged roles)',
      () => signTestToken({ roles: ['admin'] }, { secret: 'x'.repeat(40) }),
    ],
    ['a token without roles', () => signTestToken({})],
    ['a token with unknown roles only', () => signTestToken({ roles: ['superuser'] })],
    [
      'a token without expiry',
      () =>
        new SignJWT({ roles: ['reader'] })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setAudience('riposte')
          .sign(new TextEncoder().encode(TEST_JWT_SECRET)),
    ],
  ])('rejects %s', async (_name, makeToken) => {
    const { status, body } = await postGraphQL(
      app,
      { query: READ },
      { as: 'anonymous', headers: bearer(await makeToken()) },
    );
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('rejects an unknown API key', async () => {
    const { status } = await postGraphQL(
      app,
      { query: READ },
      { as: 'anonymous', headers: { 'x-api-key': 'not-a-key-of-this-server-0000' } },
    );
    expect(status).toBe(401);
  });

  describe('with anonymous reads allowed', () => {
    let open: RunningApplication;

    beforeAll(async () => {
      open = await startTestApplication({ ALLOW_ANONYMOUS_READS: 'true', SEED_ON_EMPTY: 'false' });
    });

    afterAll(() => open.stop());

    it('lets anonymous clients read but not write', async () => {
      expect((await postGraphQL(open, { query: READ }, { as: 'anonymous' })).body.errors).toBeUndefined();
      const write = await postGraphQL(
        open,
        { query: 'mutation { unlinkRetaliation(id: "rel:x") }' },
        { as: 'anonymous' },
      );
      expect(write.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });

    it('tells an anonymous client that it may not edit', async () => {
      const { body } = await postGraphQL(open, { query: '{ viewer { canEdit } }' }, { as: 'anonymous' });
      expect(body).toEqual({ data: { viewer: { canEdit: false } } });
    });

    it('still refuses a bad token rather than treating it as anonymous', async () => {
      const { status } = await postGraphQL(
        open,
        { query: READ },
        { as: 'anonymous', headers: bearer('not.a.token') },
      );
      expect(status).toBe(401);
    });
  });
});
