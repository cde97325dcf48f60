import { Column, Entity, Index } from 'typeorm';
import type { CapabilityNature, FrameworkStatus, QuestionOption, QuestionType } from '@orchestra/shared';
import { BaseEntity } from '../../core/database/base.entity.js';
import { decimal } from '../../core/database/numeric.js';

/** A versioned capability framework; once published it never changes (edits make a new version). */
@Entity('capability_framework')
export class CapabilityFramework extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column('int')
  version!: number;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: FrameworkStatus;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}

@Entity('capability_area')
@Index('IDX_capability_area_framework_position', ['frameworkId', 'position'])
export class CapabilityArea extends BaseEntity {
  @Column('uuid')
  frameworkId!: string;

  @Column({ type: 'varchar', length: 80 })
  key!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'int', default: 0 })
  position!: number;
}

@Entity('capability')
@Index('IDX_capability_area_position', ['areaId', 'position'])
export class Capability extends BaseEntity {
  @Column('uuid')
  frameworkId!: string;

  @Column('uuid')
  areaId!: string;

  @Column({ type: 'varchar', length: 80 })
  key!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 12 })
  nature!: CapabilityNature;

  @Column({ type: 'numeric', precision: 4, scale: 2, transformer: decimal })
  weight!: number;

  /** Five descriptors, levels 1 (Initial) to 5 (Optimising). */
  @Column({ type: 'text', array: true })
  levels!: string[];

  /** Skill names that address this capability (linked to the skill taxonomy later). */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  skills!: string[];

  @Column({ type: 'smallint', default: 3 })
  defaultTarget!: number;

  @Column({ type: 'int', default: 0 })
  position!: number;
}

@Entity('assessment_template')
export class AssessmentTemplate extends BaseEntity {
  @Column('uuid')
  frameworkId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'int', default: 20 })
  estimatedMinutes!: number;
}

@Entity('question')
@Index('IDX_question_template_position', ['templateId', 'position'])
export class Question extends BaseEntity {
  @Column('uuid')
  templateId!: string;

  @Column('uuid')
  capabilityId!: string;

  @Column({ type: 'varchar', length: 120 })
  key!: string;

  @Column('text')
  prompt!: string;

  @Column({ type: 'text', nullable: true })
  helpText!: string | null;

  @Column({ type: 'varchar', length: 10 })
  type!: QuestionType;

  /** SCALE: the five anchored labels; CHOICE/MULTI: the options; TEXT: none. Scores 1–5. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  options!: QuestionOption[];

  @Column({ type: 'numeric', precision: 4, scale: 2, transformer: decimal })
  weight!: number;

  @Column({ type: 'boolean', default: true })
  allowsDontKnow!: boolean;

  @Column({ type: 'int', default: 0 })
  position!: number;
}
