import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { createLogger } from './logger.js';

export const LOGGER = Symbol('LOGGER');

@Global()
@Module({
  providers: [{ provide: LOGGER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createLogger(config, process.title) }],
  exports: [LOGGER],
})
export class LoggingModule {}
