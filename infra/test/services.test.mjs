// The reachability probe that every harness (demo, API tests, browser tests, benches) runs first:
// a server slow to accept a connection on a loaded machine is asked again; one that refuses or
// rejects the login is reported at once. Against the machine's real PostgreSQL and Redis, through
// a TCP proxy that leaves its first connections unanswered.
import assert from 'node:assert/strict';
import { createConnection, createServer } from 'node:net';
import { after, describe, it } from 'node:test';
import { postgresVersion, redisVersion } from '../scripts/services.mjs';

const PG = { host: '127.0.0.1', port: 5432 };
const REDIS = { host: '127.0.0.1', port: 6379 };

/** A proxy to `target` that holds its first `stall` connections open without a byte, and counts them all. */
async function stallingProxy(target, stall) {
  const accepted = [];
  let connections = 0;
  const server = createServer((socket) => {
    connections += 1;
    accepted.push(socket);
    if (connections <= stall) return;
    const upstream = createConnection(target);
    socket.pipe(upstream).pipe(socket);
    const close = () => (socket.destroy(), upstream.destroy());
    socket.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: server.address().port,
    get connections() {
      return connections;
    },
    close: () => new Promise((done) => (accepted.forEach((s) => s.destroy()), server.close(done))),
  };
}

/** A port with nothing listening on it. */
async function closedPort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

const quick = { attempts: 3, timeoutMs: 400 };

describe('the services probe', () => {
  const proxies = [];
  after(() => Promise.all(proxies.map((p) => p.close())));

  it('asks a PostgreSQL that is slow to answer again, and gets its version', async () => {
    const proxy = await stallingProxy(PG, 2);
    proxies.push(proxy);
    const version = await postgresVersion(`postgres://postgres@127.0.0.1:${proxy.port}/postgres`, quick);
    assert.match(version, /^\d+\.\d+/);
    assert.equal(proxy.connections, 3);
  });

  it('gives up on a PostgreSQL that never answers after its attempts, naming the timeout', async () => {
    const proxy = await stallingProxy(PG, Infinity);
    proxies.push(proxy);
    await assert.rejects(postgresVersion(`postgres://postgres@127.0.0.1:${proxy.port}/postgres`, quick), /timeout/i);
    assert.equal(proxy.connections, 3);
  });

  it('reports a rejected login at once, without asking again', async () => {
    const proxy = await stallingProxy(PG, 0);
    proxies.push(proxy);
    await assert.rejects(postgresVersion(`postgres://no_such_role_here@127.0.0.1:${proxy.port}/postgres`, quick), /no_such_role_here/);
    assert.equal(proxy.connections, 1);
  });

  it('reports a refused PostgreSQL port at once', async () => {
    const port = await closedPort();
    await assert.rejects(postgresVersion(`postgres://postgres@127.0.0.1:${port}/postgres`, { attempts: 3, timeoutMs: 60_000 }), /ECONNREFUSED/);
  });

  it('asks a Redis that is slow to answer again, and gets its version', async () => {
    const proxy = await stallingProxy(REDIS, 1);
    proxies.push(proxy);
    const version = await redisVersion(`redis://127.0.0.1:${proxy.port}`, quick);
    assert.match(version, /^\d+\.\d+/);
    assert.equal(proxy.connections, 2);
  });
});
