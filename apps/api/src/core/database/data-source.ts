import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { migrations } from './migrations/index.js';

export function dataSourceOptions(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>,
  applicationName = 'orchestra',
): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    applicationName,
    // JIT costs more than it saves on our short queries, and each compiled query stays in its pooled connection.
    extra: { max: config.DATABASE_POOL_SIZE, options: '-c jit=off' },
  };
}

/** A data source for the migration CLI: migrations only (they are SQL; no entity is loaded). */
export function createDataSource(config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>, name?: string): DataSource {
  return new DataSource(dataSourceOptions(config, name));
}
