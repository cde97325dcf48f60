// The Kubernetes manifests in infra/k8s, checked against the Kubernetes and KEDA schemas
// (infra/scripts/k8s-validate.mjs) and against each other and the app: run by `npm test`
// (nx run infra:test) and so by CI.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { QUEUE_NAMES, QueueName } from '@orchestra/shared';
import { QueueKeys } from 'bullmq';
import { k8sFiles, readManifests, validateManifests } from '../scripts/k8s-validate.mjs';

const files = k8sFiles();
const { docs } = readManifests(files);
const objects = docs.map((d) => d.object);
const find = (kind, name) => objects.find((o) => o.kind === kind && o.metadata.name === name);
const of = (kind) => objects.filter((o) => o.kind === kind);

describe('infra/k8s manifests', () => {
  it('are valid against the Kubernetes and KEDA schemas', () => {
    assert.deepEqual(validateManifests(files), []);
    assert.ok(files.length >= 4);
  });

  it('refuse a broken manifest, one problem per broken document', () => {
    const problems = validateManifests([fileURLToPath(new URL('./fixtures/broken.yaml', import.meta.url))]);
    const expected = [
      /Deployment\/replicas-as-text: .*spec\/replicas must be integer/,
      /Deployment\/no-containers: .*must have required property containers/,
      /ConfigMap\/unquoted-hash-tag: .*data\/QUEUE_PREFIX must be string/,
      /ScaledObject\/trigger-without-type: .*minReplicaCount must be integer.*must have required property type/,
      /HorizontalPodAutoscaler\/no-max: .*must have required property maxReplicas/,
      /HorizontalPodAutoscaler\/removed-api-version: no schema for apiVersion autoscaling\/v2beta1/,
    ];
    assert.equal(problems.length, expected.length, problems.join('\n'));
    expected.forEach((re, i) => assert.match(problems[i], re));
  });

  it('select their own pods, and every autoscaler and disruption budget targets a Deployment', () => {
    for (const d of of('Deployment')) {
      for (const [k, v] of Object.entries(d.spec.selector.matchLabels)) assert.equal(d.spec.template.metadata.labels[k], v, `${d.metadata.name} selector ${k}`);
      // The autoscaler owns the count: a replicas field would reset it on every apply.
      assert.equal(d.spec.replicas, undefined, `${d.metadata.name} has replicas`);
    }
    const targets = [...of('HorizontalPodAutoscaler'), ...of('ScaledObject')].map((a) => a.spec.scaleTargetRef.name);
    assert.deepEqual(targets.sort(), ['orchestra-api', 'orchestra-worker']);
    for (const name of targets) assert.ok(find('Deployment', name), `autoscaler target ${name}`);
    for (const pdb of of('PodDisruptionBudget')) {
      const matched = of('Deployment').filter((d) => Object.entries(pdb.spec.selector.matchLabels).every(([k, v]) => d.spec.template.metadata.labels[k] === v));
      assert.equal(matched.length, 1, `PodDisruptionBudget ${pdb.metadata.name}`);
    }
    assert.deepEqual(of('PodDisruptionBudget').map((p) => p.metadata.name).sort(), ['orchestra-api', 'orchestra-worker']);
  });

  it("probe the API's /ready (readiness) and /health (liveness and start-up), which the API serves", () => {
    const api = find('Deployment', 'orchestra-api').spec.template.spec.containers[0];
    assert.equal(api.readinessProbe.httpGet.path, '/ready');
    assert.equal(api.livenessProbe.httpGet.path, '/health');
    assert.equal(api.startupProbe.httpGet.path, '/health');
    const controller = readFileSync(fileURLToPath(new URL('../../apps/api/src/core/health/health.controller.ts', import.meta.url)), 'utf8');
    assert.match(controller, /@Get\('ready'\)/);
    assert.match(controller, /@Get\('health'\)/);
  });

  it('request CPU and memory and cap memory for every container (the HPA scales on the CPU request)', () => {
    for (const o of [...of('Deployment')]) {
      for (const c of o.spec.template.spec.containers) {
        assert.ok(c.resources?.requests?.cpu && c.resources.requests.memory && c.resources.limits?.memory, `${o.metadata.name}/${c.name}`);
      }
    }
  });

  it("scale the worker on the BullMQ wait lists of the configured prefix, never to zero", () => {
    const prefix = find('ConfigMap', 'orchestra-config').data.QUEUE_PREFIX;
    assert.match(prefix, /^\{[^{}]+\}/, 'QUEUE_PREFIX carries a Redis Cluster hash tag');
    const scaled = find('ScaledObject', 'orchestra-worker');
    assert.ok(scaled.spec.minReplicaCount >= 1, 'the worker relays the outbox: at least one');
    const keys = new QueueKeys(prefix);
    const lists = scaled.spec.triggers.map((t) => (assert.equal(t.type, 'redis'), t.metadata.listName));
    const busy = QUEUE_NAMES.filter((q) => q !== QueueName.MAINTENANCE);
    assert.deepEqual(lists, busy.map((q) => keys.toKey(q, 'wait')));
    for (const t of scaled.spec.triggers) assert.equal(t.authenticationRef.name, find('TriggerAuthentication', t.authenticationRef.name)?.metadata.name);
  });
});
