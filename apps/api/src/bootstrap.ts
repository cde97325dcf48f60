import 'reflect-metadata';
import cookie from '@fastify/cookie';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { AppModule } from './app.module.js';
import type { AppConfig } from './core/config/config.js';
import { RecordAsRead } from './core/graphql/record-as-read.js';
import { securityHeaders } from './core/http/security-headers.js';
import { acceptedRequestId, withRequestId } from './core/request-context/request-context.js';
import { createLogger, PinoNestLogger } from './core/logging/logger.js';
import { InputPipe } from './core/validation/validation.js';

/** One log line per request, on completion, with the method and URL (Fastify's default writes two). */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const req = { method: request.method, url: request.url };
    if (error) reply.log.error({ req, res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else reply.log.info({ req, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}

const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops;

/** Builds the HTTP app (used by main.ts and by the integration tests). */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const logger = createLogger(config, 'api', { buffered: true });
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    bodyLimit: config.BODY_LIMIT_BYTES,
    // A hop count trusts that many proxies in front (Fastify's own rule, typed as a function).
    trustProxy: typeof config.TRUST_PROXY === 'number' ? trustHops(config.TRUST_PROXY) : config.TRUST_PROXY,
    // A caller's x-request-id is kept only when it is a plain token (it lands in logs and audit rows).
    requestIdHeader: false,
    genReqId: (req: IncomingMessage) => acceptedRequestId(req.headers['x-request-id']) ?? randomUUID(),
    logController: new OneLinePerRequest(),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, logger), adapter, {
    logger: new PinoNestLogger(logger),
    bufferLogs: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  // Updates take a record as react-admin's stock provider read it (see RecordAsRead).
  const recordAsRead = new RecordAsRead(() => app.get(GraphQLSchemaHost).schema);
  fastify.addHook('preHandler', async (req) => {
    const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown } | undefined;
    if (req.method === 'POST' && req.routeOptions.url === '/graphql' && body && typeof body === 'object') {
      body.variables = recordAsRead.clean(body.query, body.operationName, body.variables);
    }
  });
  // Everything the request's handler awaits knows its id (audit rows carry it). Registered after the
  // body is parsed: stream events of the parser would lose an earlier context.
  fastify.addHook('preHandler', (req, _reply, done) => withRequestId(req.id, () => done()));
  await app.register(cookie);
  const security = securityHeaders({
    // GraphiQL (development only) loads its assets from a CDN.
    contentSecurityPolicy: config.NODE_ENV === 'development' ? false : undefined,
  });
  fastify.addHook('onRequest', (_req, reply, done) => {
    reply.headers(security);
    done();
  });
  app.enableCors({ origin: config.CORS_ORIGINS, credentials: true });
  app.useGlobalPipes(new InputPipe());
  return app;
}
