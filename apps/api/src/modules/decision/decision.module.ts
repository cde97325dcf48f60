import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EngagementModule } from '../engagement/engagement.module.js';
import { MailModule } from '../mail/mail.module.js';
import { DecisionRecord } from './decision-record.entity.js';
import { DecisionRecordService } from './decision-record.service.js';
import { DecisionRevisitService } from './decision-revisit.service.js';

/** The decision log, and the reminder sent on a decision's revisit date. */
@Module({
  imports: [TypeOrmModule.forFeature([DecisionRecord]), EngagementModule, MailModule],
  providers: [DecisionRecordService, DecisionRevisitService],
  exports: [DecisionRecordService, DecisionRevisitService],
})
export class DecisionModule {}
