import { describe, expect, it } from '@jest/globals';
import { loadConfig } from './config.js';

const secret = 'x'.repeat(32);
const servers = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/orchestra', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('loadConfig', () => {
  it('takes the servers as given and defaults the rest', () => {
    const c = loadConfig({ JWT_SECRET: secret, ...servers });
    expect(c.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/orchestra');
    expect(c.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(c.ACCESS_TOKEN_TTL_SECONDS).toBe(900);
    expect(c.isProduction).toBe(false);
  });

  it('names a missing variable', () => {
    expect(() => loadConfig({ ...servers })).toThrow(/JWT_SECRET/);
  });

  it('has no default server addresses: an unset DATABASE_URL or REDIS_URL is named, with who sets it', () => {
    expect(() => loadConfig({ JWT_SECRET: secret })).toThrow(/DATABASE_URL: is not set \(npm run demo sets it[\s\S]*REDIS_URL: is not set/);
  });

  it('names every malformed variable at once', () => {
    expect(() => loadConfig({ ...servers, JWT_SECRET: secret, PORT: 'eighty', REDIS_URL: 'http://x' })).toThrow(
      /PORT[\s\S]*REDIS_URL|REDIS_URL[\s\S]*PORT/,
    );
  });

  it('takes a Redis Cluster instead of REDIS_URL, with a hash-tagged prefix', () => {
    const nodes = 'redis://10.0.0.1:7000, redis://10.0.0.2:7000';
    const c = loadConfig({ JWT_SECRET: secret, DATABASE_URL: servers.DATABASE_URL, REDIS_CLUSTER_NODES: nodes });
    expect(c.REDIS_URL).toBeUndefined();
    expect(c).toMatchObject({ REDIS_CLUSTER_NODES: ['redis://10.0.0.1:7000', 'redis://10.0.0.2:7000'], QUEUE_PREFIX: '{orchestra}' });
    expect(() => loadConfig({ JWT_SECRET: secret, DATABASE_URL: servers.DATABASE_URL, REDIS_CLUSTER_NODES: nodes, QUEUE_PREFIX: 'orchestra' })).toThrow(/QUEUE_PREFIX: needs a hash tag/);
    expect(() => loadConfig({ JWT_SECRET: secret, DATABASE_URL: servers.DATABASE_URL, REDIS_CLUSTER_NODES: nodes, QUEUE_PREFIX: '{}x' })).toThrow(/QUEUE_PREFIX: needs a hash tag/);
    expect(() => loadConfig({ JWT_SECRET: secret, ...servers, REDIS_CLUSTER_NODES: nodes })).toThrow(/REDIS_CLUSTER_NODES: and REDIS_URL are both set/);
    expect(() => loadConfig({ JWT_SECRET: secret, DATABASE_URL: servers.DATABASE_URL, REDIS_CLUSTER_NODES: '10.0.0.1:7000' })).toThrow(/REDIS_CLUSTER_NODES/);
  });

  it('refuses an access token lifetime over 15 minutes', () => {
    expect(() => loadConfig({ ...servers, JWT_SECRET: secret, ACCESS_TOKEN_TTL_SECONDS: '901' })).toThrow(/ACCESS_TOKEN_TTL_SECONDS/);
  });

  it('throttles sign-in per e-mail and IP with a high per-e-mail ceiling, and has a short refresh grace window', () => {
    expect(loadConfig({ ...servers, JWT_SECRET: secret })).toMatchObject({
      LOGIN_FREE_FAILURES: 5,
      LOGIN_MAX_DELAY_SECONDS: 900,
      LOGIN_MAX_PER_IP: 50,
      LOGIN_IP_WINDOW_SECONDS: 900,
      LOGIN_MAX_FAILURES_PER_EMAIL: 100,
      LOGIN_EMAIL_WINDOW_SECONDS: 3600,
      REFRESH_GRACE_SECONDS: 15,
    });
    expect(() => loadConfig({ ...servers, JWT_SECRET: secret, REFRESH_GRACE_SECONDS: '61' })).toThrow(/REFRESH_GRACE_SECONDS/);
  });

  it('splits CORS origins', () => {
    expect(loadConfig({ ...servers, JWT_SECRET: secret, CORS_ORIGINS: 'https://a.example, https://b.example' }).CORS_ORIGINS).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });

  it('refuses the .env.example placeholder secret', () => {
    expect(() => loadConfig({ ...servers, JWT_SECRET: 'replace-me-with-openssl-rand-base64-48-output' })).toThrow(/JWT_SECRET: is still the \.env\.example placeholder/);
  });

  it('requires SMTP in production, so set-password links are never written to disk there', () => {
    expect(() => loadConfig({ ...servers, JWT_SECRET: secret, NODE_ENV: 'production' })).toThrow(/SMTP_URL: is required in production/);
    expect(loadConfig({ ...servers, JWT_SECRET: secret, NODE_ENV: 'production', SMTP_URL: 'smtp://mail:25' }).isProduction).toBe(true);
  });

  it('reads TRUST_PROXY as a flag, a hop count or addresses', () => {
    expect(loadConfig({ ...servers, JWT_SECRET: secret }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ ...servers, JWT_SECRET: secret, TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadConfig({ ...servers, JWT_SECRET: secret, TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ ...servers, JWT_SECRET: secret, TRUST_PROXY: '10.0.0.0/8' }).TRUST_PROXY).toBe('10.0.0.0/8');
  });
});
