import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserModule } from '../user/user.module.js';
import { EngagementModule } from '../engagement/engagement.module.js';
import { DecisionRecord } from './decision-record.entity.js';
import { DecisionRecordResolver } from './decision-record.resolver.js';
import { DecisionRecordService } from './decision-record.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([DecisionRecord]), EngagementModule, UserModule],
  providers: [DecisionRecordService, DecisionRecordResolver],
  exports: [DecisionRecordService],
})
export class DecisionModule {}
