import { createIORedisClient, RedisConnection, type ConnectionOptions } from 'bullmq';
import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis';
import type { AppConfig } from '../config/config.js';

/**
 * The one place Redis connections are built: a single server (REDIS_URL) or a Redis Cluster
 * (REDIS_CLUSTER_NODES). On a cluster every key of a Lua script or MULTI must hash to one slot,
 * so the config requires QUEUE_PREFIX to carry a hash tag (`{orchestra}`), and every key we
 * write starts with it: BullMQ's, the rate limits', the revoked sessions'.
 */
export type RedisSettings = Pick<AppConfig, 'REDIS_URL' | 'REDIS_CLUSTER_NODES'>;

/** The clients of the app itself (rate limits, sessions, health), not BullMQ's. */
export type AppRedis = Redis | Cluster;

/** Marks BullMQ connection options that are meant for the cluster (see installClusterFactory). */
const CLUSTER_MARK = 'orchestraClusterNodes';

function clusterOptions(settings: RedisSettings, redisOptions: RedisOptions, extra: ClusterOptions = {}): ClusterOptions {
  const first = new URL(settings.REDIS_CLUSTER_NODES![0]!);
  const tls = first.protocol === 'rediss:';
  return {
    ...extra,
    // Managed clusters announce node addresses that TLS certificates do not name: keep the host name.
    ...(tls ? { dnsLookup: (address: string, callback: (err: Error | null, address: string) => void) => callback(null, address) } : {}),
    redisOptions: {
      ...(first.username ? { username: decodeURIComponent(first.username) } : {}),
      ...(first.password ? { password: decodeURIComponent(first.password) } : {}),
      ...(tls ? { tls: {} } : {}),
      ...redisOptions,
    },
  };
}

function clusterNodes(settings: RedisSettings): { host: string; port: number }[] {
  return settings.REDIS_CLUSTER_NODES!.map((node) => {
    const url = new URL(node);
    return { host: url.hostname, port: Number(url.port || 6379) };
  });
}

/** A client for the app's own keys; on a cluster, commands follow the slot to its node. */
export function createRedisClient(settings: RedisSettings, options: RedisOptions): AppRedis {
  if (settings.REDIS_CLUSTER_NODES) return new Cluster(clusterNodes(settings), clusterOptions(settings, options));
  return new Redis(settings.REDIS_URL!, options);
}

/**
 * BullMQ's `connection`: options, never a shared instance, so each Queue, Worker and
 * FlowProducer opens and closes its own connections (as with a single server). BullMQ builds
 * only single-server clients from options, so on a cluster a client factory makes a `Cluster`
 * for options carrying the mark and leaves any other connection as BullMQ would build it.
 */
export function bullConnection(settings: RedisSettings): ConnectionOptions {
  // BullMQ workers block on Redis: they need maxRetriesPerRequest null.
  if (!settings.REDIS_CLUSTER_NODES) return { url: settings.REDIS_URL, maxRetriesPerRequest: null };
  installClusterFactory();
  return { [CLUSTER_MARK]: settings, maxRetriesPerRequest: null };
}

let installed = false;
function installClusterFactory(): void {
  if (installed) return;
  installed = true;
  RedisConnection.clientFactory = (opts) => {
    const { [CLUSTER_MARK]: settings, url, retryStrategy, host: _host, port: _port, ...rest } = opts as RedisOptions & { [CLUSTER_MARK]?: RedisSettings; url?: string };
    if (!settings) {
      const base = { host: _host, port: _port, retryStrategy, ...rest };
      return createIORedisClient(url ? new Redis(url, base) : new Redis(base));
    }
    // BullMQ's retry strategy (backoff up to 20 s) becomes the cluster's reconnect strategy.
    return createIORedisClient(new Cluster(clusterNodes(settings), clusterOptions(settings, rest, retryStrategy ? { clusterRetryStrategy: retryStrategy } : {})));
  };
}
