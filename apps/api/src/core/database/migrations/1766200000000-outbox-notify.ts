import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wakes the outbox relay: every statement that inserts outbox rows sends one NOTIFY on
 * `outbox_event`, which PostgreSQL delivers when (and only if) the transaction commits. The relay
 * LISTENs and keeps polling as a fallback. NOTIFY itself works through a transaction-mode pooler.
 */
export class OutboxNotify1766200000000 implements MigrationInterface {
  name = 'OutboxNotify1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION "outbox_event_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('outbox_event', '');
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "TRG_outbox_event_notify" AFTER INSERT ON "outbox_event" FOR EACH STATEMENT EXECUTE FUNCTION "outbox_event_notify"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "TRG_outbox_event_notify" ON "outbox_event"`);
    await q.query(`DROP FUNCTION "outbox_event_notify"()`);
  }
}
