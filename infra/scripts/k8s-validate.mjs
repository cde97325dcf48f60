// Validates Kubernetes manifests against the API's and KEDA's schemas (the `kubernetes-models` and
// `@kubernetes-models/keda` packages: ajv validators generated from the Kubernetes OpenAPI spec and
// from KEDA's CRDs), the way `kubectl apply --dry-run=client` would, without a cluster.
// `node infra/scripts/k8s-validate.mjs [files…]` (default: infra/k8s/*.yaml) prints each problem
// and exits 1 if there is any. A kind with no schema here is a problem too, never skipped.
// Limit: the generated schemas do not refuse unknown fields (a misspelt optional field passes).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { ScaledObject } from '@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject';
import { TriggerAuthentication } from '@kubernetes-models/keda/keda.sh/v1alpha1/TriggerAuthentication';

const MODELS = new Map(
  [Deployment, HorizontalPodAutoscaler, Job, PodDisruptionBudget, ConfigMap, Secret, Service, ScaledObject, TriggerAuthentication].map((M) => [
    `${M.apiVersion}/${M.kind}`,
    M,
  ]),
);

export const K8S_DIR = fileURLToPath(new URL('../k8s/', import.meta.url));

/** The documents of the files (empty ones left out), each with where it came from. */
export function readManifests(files) {
  const docs = [];
  const problems = [];
  for (const file of files) {
    parseAllDocuments(readFileSync(file, 'utf8')).forEach((doc, i) => {
      const where = `${basename(file)} #${i + 1}`;
      if (doc.errors.length) problems.push(...doc.errors.map((e) => `${where}: YAML: ${e.message}`));
      const object = doc.toJS();
      if (object !== null && object !== undefined) docs.push({ where, object });
    });
  }
  return { docs, problems };
}

/** Every problem found in the files, as `file #document kind/name: message` lines. */
export function validateManifests(files) {
  const { docs, problems } = readManifests(files);
  for (const { where, object } of docs) {
    const id = `${where} ${object?.kind ?? '?'}/${object?.metadata?.name ?? '?'}`;
    const Model = MODELS.get(`${object?.apiVersion}/${object?.kind}`);
    if (!Model) {
      problems.push(`${id}: no schema for apiVersion ${object?.apiVersion} kind ${object?.kind}`);
      continue;
    }
    try {
      new Model(object).validate();
    } catch (e) {
      problems.push(`${id}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return problems;
}

export function k8sFiles(dir = K8S_DIR) {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : k8sFiles();
  const problems = validateManifests(files);
  for (const p of problems) console.log(p);
  console.log(problems.length ? `${problems.length} problem(s) in ${files.length} file(s)` : `${files.length} file(s) valid`);
  process.exit(problems.length ? 1 : 0);
}
