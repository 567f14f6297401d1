/**
 * Slimming keeps the ConfigMap data a Flux `valuesFrom` may layer when it could
 * spell `installation` without those letters (src/resources/flux-values-from.ts,
 * VALUES_FROM_READS): every spelling of `!!binary` the relevance gate knows
 * (src/engine/relevance.ts BINARY_TAGS), not only `!!binary` and `!<…>`.
 * Found by A17: `? !!%62inary aW5zdGFsbGF0aW9u` (a %-escaped tag, which
 * go-yaml decodes as Helm reads values) in an optional ConfigMap passed with exit 0.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runBin, workspace } from './helpers/cli.js';

const FILE = (key: string, directive = ''): string => `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: calico
  namespace: tigera-operator
spec:
  interval: 10m
  chart:
    spec:
      chart: tigera-operator
      sourceRef: {kind: HelmRepository, name: projectcalico}
  valuesFrom:
    - kind: ConfigMap
      name: calico-values
      optional: true
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: calico-values
  namespace: tigera-operator
data:
  values.yaml: |
${directive}    ? ${key} aW5zdGFsbGF0aW9u
    : calicoNetwork:
        ipPools:
        - name: tenant
          cidr: 10.244.0.1/16
`;

describe('Flux valuesFrom: a ConfigMap key spelled with any form of !!binary', () => {
  for (const [name, key, directive] of [
    ['%-escaped', '!!%62inary', ''],
    ['verbatim', '!<tag:yaml.org,2002:binary>', ''],
    ['%TAG handle', '!e!binary', '    %TAG !e! tag:yaml.org,2002:\n    ---\n'],
  ] as const) {
    it(`${name}: its pools are checked in the ConfigMap`, async () => {
      const root = await workspace({ 'release.yaml': FILE(key, directive) });
      const run = runBin(['-f', 'unix', '.'], { cwd: root });
      // A `%TAG` directive in values is refused (an error at the reference), never read around.
      const expected = directive === '' ? /release\.yaml:\d+:17: ipPools\[0\]\.cidr "10\.244\.0\.1\/16" has host bits set/ : /release\.yaml:14:13: .*\[Error\/helm-values-unread\]/;
      assert.match(run.stdout, expected, run.stdout + run.stderr);
      assert.equal(run.status, 1);
    });
  }
});
