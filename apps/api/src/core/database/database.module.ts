import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { dataSourceOptions } from './data-source.js';
import { SqlTimingSubscriber } from './sql-timing.js';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      // Each module registers its own entities (TypeOrmModule.forFeature): plumbing lists none of them.
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config, process.title),
        autoLoadEntities: true,
        migrationsRun: false,
        // Idle unless a measureWork() is running (the finalise steps report where their time goes).
        subscribers: [SqlTimingSubscriber],
      }),
    }),
  ],
})
export class DatabaseModule {}
