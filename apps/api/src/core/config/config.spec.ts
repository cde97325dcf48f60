import { describe, expect, it } from '@jest/globals';
import { loadConfig } from './config.js';

const secret = 'x'.repeat(32);

describe('loadConfig', () => {
  it('defaults to local PostgreSQL and Redis', () => {
    const c = loadConfig({ JWT_SECRET: secret });
    expect(c.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/orchestra');
    expect(c.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(c.ACCESS_TOKEN_TTL_SECONDS).toBe(900);
    expect(c.isProduction).toBe(false);
  });

  it('names a missing variable', () => {
    expect(() => loadConfig({})).toThrow(/JWT_SECRET/);
  });

  it('names every malformed variable at once', () => {
    expect(() => loadConfig({ JWT_SECRET: secret, PORT: 'eighty', REDIS_URL: 'http://x' })).toThrow(
      /PORT[\s\S]*REDIS_URL|REDIS_URL[\s\S]*PORT/,
    );
  });

  it('refuses an access token lifetime over 15 minutes', () => {
    expect(() => loadConfig({ JWT_SECRET: secret, ACCESS_TOKEN_TTL_SECONDS: '901' })).toThrow(/ACCESS_TOKEN_TTL_SECONDS/);
  });

  it('splits CORS origins', () => {
    expect(loadConfig({ JWT_SECRET: secret, CORS_ORIGINS: 'https://a.example, https://b.example' }).CORS_ORIGINS).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });
});
