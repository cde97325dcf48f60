import { afterAll, describe, expect, it } from '@jest/globals';
import { TestApi } from './support/harness.js';

describe('health and readiness', () => {
  const apps: TestApi[] = [];
  afterAll(async () => {
    for (const a of apps) await a.close().catch(() => undefined);
  });

  it('GET /health answers while the process is up; GET /ready when PostgreSQL and Redis answer', async () => {
    const api = await TestApi.start();
    apps.push(api);
    const health = await api.app.inject({ method: 'GET', url: '/health' });
    expect([health.statusCode, health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await api.app.inject({ method: 'GET', url: '/ready' });
    expect([ready.statusCode, ready.json()]).toEqual([200, { status: 'ready', checks: { database: 'ok', redis: 'ok' } }]);
    expect(ready.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await api.app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'trace-123' } });
    expect(echoed.headers['x-request-id']).toBe('trace-123');
  });

  it('GET /ready answers 503 naming Redis when Redis is unreachable', async () => {
    const api = await TestApi.start({ REDIS_URL: 'redis://127.0.0.1:6399' });
    apps.push(api);
    const ready = await api.app.inject({ method: 'GET', url: '/ready' });
    expect(ready.statusCode).toBe(503);
    const body = ready.json<{ status: string; checks: { database: string; redis: string } }>();
    expect(body.status).toBe('unavailable');
    expect(body.checks.database).toBe('ok');
    expect(body.checks.redis).toBe('failed');
  });

  it('GET /ready answers 503 naming the database when PostgreSQL stops answering', async () => {
    const api = await TestApi.start();
    apps.push(api);
    await api.dataSource.destroy();
    const ready = await api.app.inject({ method: 'GET', url: '/ready' });
    expect(ready.statusCode).toBe(503);
    const body = ready.json<{ checks: { database: string; redis: string } }>();
    expect(body.checks.redis).toBe('ok');
    expect(body.checks.database).toBe('failed');
  });
});
