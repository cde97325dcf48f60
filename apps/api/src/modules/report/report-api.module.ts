import { Module } from '@nestjs/common';
import { ReportModule } from './report.module.js';
import { ReportResolver } from './report.resolver.js';

/** Report resolvers (the API process only). */
@Module({
  imports: [ReportModule],
  providers: [ReportResolver],
})
export class ReportApiModule {}
