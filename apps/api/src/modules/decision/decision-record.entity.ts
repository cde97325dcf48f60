import { Column, Entity, Index } from 'typeorm';
import type { Reversibility } from '@orchestra/shared';
import { TenantOwnedEntity } from '../../core/tenant/tenant-owned.entity.js';

/** One entry of an engagement's decision log (clientId copied from the engagement, for scoping). */
@Entity('decision_record')
@Index('IDX_decision_record_engagement', ['engagementId', 'decidedAt'])
@Index('IDX_decision_record_client', ['clientId', 'decidedAt'])
export class DecisionRecord extends TenantOwnedEntity {
  @Column('uuid')
  engagementId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  context!: string;

  @Column({ type: 'text' })
  decision!: string;

  @Column({ type: 'text', nullable: true })
  alternatives!: string | null;

  /** What the client may read about this decision; everything else here is internal. */
  @Column({ type: 'text', nullable: true })
  noteToClient!: string | null;

  @Column({ type: 'varchar', length: 10 })
  reversibility!: Reversibility;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ type: 'timestamptz' })
  decidedAt!: Date;

  /** YYYY-MM-DD: the owner is reminded that day. */
  @Column({ type: 'date', nullable: true })
  revisitDate!: string | null;

  /** The outbox event (= job id) of the reminder now scheduled; older reminders are stale. */
  @Column({ type: 'uuid', nullable: true })
  revisitEventId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revisitNotifiedAt!: Date | null;
}
