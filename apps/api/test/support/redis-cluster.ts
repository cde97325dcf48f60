import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import getPort from 'get-port';
import { Redis } from 'ioredis';
import { waitFor } from './worker-process.js';

/** The machine's redis-server (Debian's redis-server package), or REDIS_SERVER_BINARY. */
export function redisServerBinary(): string | undefined {
  const candidates = [process.env['REDIS_SERVER_BINARY'], '/usr/bin/redis-server', '/usr/local/bin/redis-server'];
  return candidates.find((c): c is string => !!c && existsSync(c) && existsSync(join(dirname(c), 'redis-cli')));
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((res) => (child.exitCode !== null ? res(child.exitCode) : child.once('exit', (code) => res(code))));
}

/** Resolves when the process prints `text`; rejects if it exits first. */
function printed(child: ChildProcess, text: string, what: string): Promise<void> {
  return new Promise((res, rej) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      if (out.includes(text)) {
        child.stdout!.off('data', onData);
        res();
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => rej(new Error(`${what} exited (${code}) before printing "${text}":\n${out}`)));
  });
}

/**
 * A throwaway Redis Cluster of three masters on free ports of 127.0.0.1 (no replicas, nothing
 * persisted), in a temporary folder: started with `redis-server --cluster-enabled yes`, joined
 * with `redis-cli --cluster create`, ready once every node reports `cluster_state:ok`.
 */
export class LocalRedisCluster {
  private constructor(
    readonly ports: number[],
    private readonly servers: ChildProcess[],
    private readonly dir: string,
  ) {}

  /** REDIS_CLUSTER_NODES for the API and the worker. */
  get nodes(): string {
    return this.ports.map((p) => `redis://127.0.0.1:${p}`).join(',');
  }

  static async start(binary: string, size = 3): Promise<LocalRedisCluster> {
    const dir = mkdtempSync(join(tmpdir(), 'orchestra-redis-cluster-'));
    const ports: number[] = [];
    const servers: ChildProcess[] = [];
    const cluster = new LocalRedisCluster(ports, servers, dir);
    try {
      for (let i = 0; i < size; i++) {
        // The cluster bus port is given too: port + 10000, its default, may be taken.
        const port = await getPort();
        const busPort = await getPort({ exclude: [port] });
        ports.push(port);
        const child = spawn(
          binary,
          ['--port', String(port), '--bind', '127.0.0.1', '--cluster-enabled', 'yes', '--cluster-port', String(busPort),
            '--cluster-config-file', `nodes-${port}.conf`, '--dir', dir, '--save', '', '--appendonly', 'no'],
          { stdio: ['ignore', 'pipe', 'pipe'] },
        );
        servers.push(child);
        await printed(child, 'Ready to accept connections', `redis-server on ${port}`);
      }
      const create = spawn(
        join(dirname(binary), 'redis-cli'),
        ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let out = '';
      create.stdout!.on('data', (d: Buffer) => (out += d.toString()));
      create.stderr!.on('data', (d: Buffer) => (out += d.toString()));
      const code = await exited(create);
      if (code !== 0) throw new Error(`redis-cli --cluster create failed (${code}):\n${out}`);
      // Every node must agree that all 16384 slots are served before a client can rely on it.
      const clients = ports.map((port) => new Redis({ host: '127.0.0.1', port, lazyConnect: true }));
      try {
        await waitFor(async () => {
          const infos = await Promise.all(clients.map((c) => c.cluster('INFO') as Promise<string>));
          return infos.every((info) => info.includes('cluster_state:ok')) ? true : undefined;
        }, 'cluster_state:ok on every node', 30_000);
      } finally {
        clients.forEach((c) => c.disconnect());
      }
      return cluster;
    } catch (e) {
      await cluster.stop();
      throw e;
    }
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.servers.map((child) => {
        if (child.exitCode !== null || child.signalCode !== null) return undefined;
        child.kill('SIGKILL');
        return exited(child);
      }),
    );
    rmSync(this.dir, { recursive: true, force: true });
  }
}
