// The engines against the expert evaluation sets (libs/shared/src/evaluation/): recommendations
// (top-1 agreement, acceptable-first agreement, never-first violations, and every disagreement with
// the engine's ranking and the first option's reasons), then matching (exclusions right, top three
// exact, and every disagreement with the model's order and scores).
// Runs the built library: `npm run build -w libs/shared && npm run bench:judgement`.
// Exits 1 on any never-first violation.
import { MATCH_MODEL_VERSION, RULESET_VERSION, RECOMMENDATION_OPTION_LABELS } from '../libs/shared/dist/index.js';
import { evaluateMatching } from '../libs/shared/dist/evaluation/matching-scenarios.js';
import { evaluateRecommendations } from '../libs/shared/dist/evaluation/recommendation-scenarios.js';

const outcomes = evaluateRecommendations();
const n = outcomes.length;
const pct = (k) => `${k}/${n} (${((100 * k) / n).toFixed(1)} %)`;
const top1 = outcomes.filter((o) => o.top1).length;
const acceptable = outcomes.filter((o) => o.acceptable).length;
const violations = outcomes.filter((o) => o.neverFirstViolated);
const label = (option) => RECOMMENDATION_OPTION_LABELS[option];

console.log(`Rule set ${RULESET_VERSION}, ${n} scenarios`);
console.log(`top-1 agreement:            ${pct(top1)}`);
console.log(`acceptable-first agreement: ${pct(acceptable)}`);
console.log(`never-first violations:     ${violations.length}`);

const disagreements = outcomes.filter((o) => !o.top1 || !o.acceptable || o.neverFirstViolated);
if (disagreements.length) console.log('\nDisagreements:');
for (const o of disagreements) {
  const s = o.scenario;
  const flags = [o.neverFirstViolated ? 'NEVER-FIRST' : null, o.acceptable ? 'acceptable' : 'not acceptable'].filter(Boolean).join(', ');
  console.log(`\n- ${s.id}: engine ${label(o.first)}, expert ${label(s.expectedFirst)} (${flags})`);
  console.log(`  expert: ${s.rationale}`);
  console.log(`  ranking: ${o.ranked.map((r) => `${label(r.option)} ${r.score}`).join(' > ')}`);
  for (const r of o.ranked[0].reasons) console.log(`  · [${r.code} ${r.inputs.points >= 0 ? '+' : ''}${r.inputs.points}] ${r.sentence}`);
}

const matching = evaluateMatching();
const m = matching.length;
const mpct = (k) => `${k}/${m} (${((100 * k) / m).toFixed(1)} %)`;
console.log(`\nMatching model ${MATCH_MODEL_VERSION}, ${m} scenarios`);
console.log(`exclusions right:  ${mpct(matching.filter((o) => o.exclusionsRight).length)}`);
console.log(`top three exact:   ${mpct(matching.filter((o) => o.top3Exact).length)}`);
for (const o of matching.filter((x) => !x.exclusionsRight || !x.top3Exact)) {
  console.log(`\n- ${o.scenario.id}: ${o.scenario.rationale}`);
  if (!o.exclusionsRight) console.log(`  excluded: model ${JSON.stringify(o.excluded)}, expert ${JSON.stringify(o.scenario.expectedExcluded)}`);
  if (!o.top3Exact) console.log(`  order: model ${o.ranked.map((r) => `${r.name} ${r.score.toFixed(1)}`).join(' > ')}; expert ${o.scenario.expectedTop3.join(' > ')}`);
}

process.exitCode = violations.length ? 1 : 0;
