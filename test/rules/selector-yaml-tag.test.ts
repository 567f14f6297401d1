import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { selectorYamlTag } from '../../rules/selector-yaml-tag.js';
import { ruleTester, yaml } from '../helpers/rule-tester.js';

const EMPTY_NODE_SELECTOR =
  'Unquoted `!all()` is a YAML tag, not a selector: `nodeSelector` is read as empty, ' +
  'which Calico treats as `all()` (every node). Quote it: `nodeSelector: "!all()"`';

ruleTester(selectorYamlTag, {
  valid: [
    {
      name: 'the non-specific tag before a quoted selector: the quotes say what is meant',
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: infra}
        spec:
          nodeSelector: ! "!all()"
          namespaceSelector: "a != 'b'"
      `,
    },
    {
      name: 'double-quoted !all()',
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata: {name: infra}
        spec:
          cidr: 100.64.0.0/16
          nodeSelector: "!all()"
      `,
    },
    {
      name: "single-quoted !all() and a block scalar",
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: infra}
        spec:
          cidr: 100.64.0.0/16
          nodeSelector: '!all()'
          namespaceSelector: >-
            !has(tenant)
      `,
    },
    {
      name: 'explicit standard tag !!str',
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata: {name: infra}
        spec:
          nodeSelector: !!str all()
      `,
    },
    {
      name: 'a custom tag on a field that is not a selector',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: x}
        data:
          note: !important hello
      `,
    },
    {
      name: 'a document that is not a Kubernetes object',
      code: yaml`
        nodeSelector: !all()
      `,
    },
  ],
  invalid: [
    {
      name: 'blanks and a comment after the tag: the quote hint holds the selector only',
      code: 'apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: infra}\nspec:\n  cidr: 100.64.0.0/16\n' +
        '  nodeSelector: !all()   # never auto-assign\n  namespaceSelector: !has(tenant)\t\n',
      errors: [
        { message: EMPTY_NODE_SELECTOR, line: 6, column: 17, endLine: 6, endColumn: 23 },
        {
          message: 'Unquoted `!has(tenant)` is a YAML tag, not a selector: `namespaceSelector` is read as empty, ' +
            'which Calico treats as `all()` (every namespace). Quote it: `namespaceSelector: "!has(tenant)"`',
          line: 7, column: 22, endLine: 7, endColumn: 34,
        },
      ],
    },
    {
      name: '`! all()` with a blank: the non-specific tag `!`, so Kubernetes reads all() (kubectl agrees)',
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata: {name: infra}
        spec:
          nodeSelector: ! all()
          namespaceSelector: !  has(tenant)
      `,
      errors: [
        {
          message: "Unquoted `! all()` is YAML's non-specific tag `!` followed by `all()`: Kubernetes reads `nodeSelector` " +
            'as `all()`, without the `!`, the opposite of what was meant. Quote it: `nodeSelector: "!all()"`',
          line: 5, column: 17, endLine: 5, endColumn: 24,
        },
        {
          message: "Unquoted `!  has(tenant)` is YAML's non-specific tag `!` followed by `has(tenant)`: Kubernetes reads " +
            '`namespaceSelector` as `has(tenant)`, without the `!`, the opposite of what was meant. Quote it: ' +
            '`namespaceSelector: "!has(tenant)"`',
          line: 6, column: 22, endLine: 6, endColumn: 36,
        },
      ],
    },
    {
      name: 'the published recipe: nodeSelector: !all() unquoted',
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata:
          name: infra
        spec:
          cidr: 100.64.0.0/16
          nodeSelector: !all()
      `,
      errors: [{ message: EMPTY_NODE_SELECTOR, line: 7, column: 17, endLine: 7, endColumn: 23 }],
    },
    {
      name: 'namespaceSelector: !has(x) in a projectcalico.org/v3 pool',
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: infra}
        spec:
          namespaceSelector: !has(tenant)
      `,
      errors: [{
        message:
          'Unquoted `!has(tenant)` is a YAML tag, not a selector: `namespaceSelector` is read as empty, ' +
          'which Calico treats as `all()` (every namespace). Quote it: `namespaceSelector: "!has(tenant)"`',
        line: 5, column: 22, endLine: 5, endColumn: 34,
      }],
    },
    {
      name: 'a tag followed by more selector text',
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata: {name: infra}
        spec:
          nodeSelector: !all() && has(x)
      `,
      errors: [{
        message:
          'Unquoted `!all() && has(x)` starts with the YAML tag `!all()`: kubectl cannot parse it, ' +
          'and other YAML readers drop the tag. Quote it: `nodeSelector: "!all() && has(x)"`',
        line: 5, column: 17, endLine: 5, endColumn: 33,
      }],
    },
    {
      name: 'inside a List, as kubectl get -o yaml prints it',
      code: yaml`
        apiVersion: v1
        kind: List
        items:
        - apiVersion: crd.projectcalico.org/v1
          kind: IPPool
          metadata: {name: tenant}
          spec: {cidr: 10.244.0.0/16}
        - apiVersion: crd.projectcalico.org/v1
          kind: IPPool
          metadata: {name: infra}
          spec:
            nodeSelector: !all()
      `,
      errors: [{ message: EMPTY_NODE_SELECTOR, line: 12, column: 19, endLine: 12, endColumn: 25 }],
    },
    {
      name: 'a Calico NetworkPolicy selector, in the second document of a file',
      code: yaml`
        apiVersion: v1
        kind: Namespace
        metadata: {name: a}
        ---
        apiVersion: projectcalico.org/v3
        kind: NetworkPolicy
        metadata: {name: p, namespace: a}
        spec:
          selector: !has(role)
      `,
      errors: [{
        message:
          'Unquoted `!has(role)` is a YAML tag, not a selector: `selector` is read as empty, ' +
          'which Calico treats as `all()` (everything). Quote it: `selector: "!has(role)"`',
        line: 9, column: 13, endLine: 9, endColumn: 23,
      }],
    },
  ],
});

describe('what kubectl reads (the real kubectl, offline)', () => {
  it("decodes `! all()` as all() and `! has(x)` as has(x): the non-specific tag drops the `!`, as the messages say", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'calico-lint-tag-'));
    const file = path.join(dir, 'pool.yaml');
    await writeFile(file, 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: infra}\nspec:\n' +
      '  nodeSelector: ! all()\n  namespaceSelector: !  has(x)\n');
    const decoded = JSON.parse(execFileSync('kubectl', ['label', '--local', '-f', file, 'x=y', '-o', 'json'], { encoding: 'utf8' })) as {
      spec: Record<string, unknown>;
    };
    await rm(dir, { recursive: true, force: true });
    assert.deepEqual(decoded.spec, { nodeSelector: 'all()', namespaceSelector: 'has(x)' });
  });
});
