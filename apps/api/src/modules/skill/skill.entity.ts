import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity.js';

/** A skill of the taxonomy; aliases are lower-case, so "k8s" finds Kubernetes. */
@Entity('skill')
export class Skill extends BaseEntity {
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  category!: string;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  aliases!: string[];
}
