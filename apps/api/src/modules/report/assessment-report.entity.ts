import type { AssessmentReportData } from '@orchestra/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The rendered report of a scored assessment (figures for the charts), one per assessment. */
@Entity('assessment_report')
export class AssessmentReport {
  @PrimaryColumn('uuid')
  assessmentId!: string;

  @Column('uuid')
  clientId!: string;

  /** Checked against the shared contract when it is written (report.service.ts). */
  @Column('jsonb')
  data!: AssessmentReportData;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  renderedAt!: Date;
}
