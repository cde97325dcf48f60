import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A gap's evidence stored grouped by question (`StoredGapEvidence` in the gap module): each prompt
 * once, then its answers, rather than one item per answer repeating its question's id and prompt
 * (34 kB against 12 kB of JSON a gap on the finalise bench). Rows already written are regrouped
 * from their value-sorted items: a question's answers lowest value first, questions in the order of
 * their lowest answer. Readers sort by value again, so they see the same items in the same order.
 */
export class GapEvidenceByQuestion1766750000000 implements MigrationInterface {
  name = 'GapEvidenceByQuestion1766750000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE capability_gap g SET evidence = (
        SELECT jsonb_agg(jsonb_build_object('questionId', grouped."questionId", 'prompt', grouped.prompt, 'answers', grouped.answers) ORDER BY grouped.first)
          FROM (SELECT e->>'questionId' AS "questionId", e->>'prompt' AS prompt, min(i) AS first,
                       jsonb_agg(jsonb_build_object('respondentRole', e->'respondentRole', 'value', e->'value', 'answer', e->'answer')
                                 || CASE WHEN jsonb_typeof(e->'quote') = 'string' THEN jsonb_build_object('quote', e->'quote') ELSE '{}' END ORDER BY i) AS answers
                  FROM jsonb_array_elements(g.evidence) WITH ORDINALITY AS x(e, i)
                 GROUP BY 1, 2) grouped)
       WHERE jsonb_array_length(g.evidence) > 0 AND NOT g.evidence->0 ? 'answers'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE capability_gap g SET evidence = (
        SELECT jsonb_agg(jsonb_build_object('questionId', x.q->'questionId', 'prompt', x.q->'prompt', 'respondentRole', y.a->'respondentRole',
                                            'value', y.a->'value', 'answer', y.a->'answer', 'quote', coalesce(y.a->'quote', 'null'::jsonb))
                         ORDER BY coalesce((y.a->>'value')::float8, 6), x.qi, y.ai)
          FROM jsonb_array_elements(g.evidence) WITH ORDINALITY AS x(q, qi), jsonb_array_elements(x.q->'answers') WITH ORDINALITY AS y(a, ai))
       WHERE g.evidence->0 ? 'answers'`);
  }
}
