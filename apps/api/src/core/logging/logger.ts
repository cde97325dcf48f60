import type { LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';
import type { AppConfig } from '../config/config.js';

/**
 * One pino logger per process: Fastify's request logs and Nest's logs share it (JSON lines).
 * `buffered`: write through an asynchronous buffer (flushed on exit) instead of one write(2) per
 * line; the API logs every request, the worker keeps synchronous lines (tests kill it mid-step).
 */
export function createLogger(config: Pick<AppConfig, 'LOG_LEVEL'>, name: string, { buffered = false } = {}): Logger {
  const options = {
    name,
    level: config.LOG_LEVEL,
    // Query parameters of a failed SQL statement can hold hashes, e-mails and tokens.
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password', 'err.parameters', 'err.query', '*.parameters'],
      remove: true,
    },
  };
  return buffered ? pino(options, pino.destination({ sync: false })) : pino(options);
}

/** Adapts pino to Nest's LoggerService so framework messages are structured too. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
