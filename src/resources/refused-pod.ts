/**
 * A pod template that Kubernetes refuses as written: a container whose
 * `image` is written with an empty value. The API server requires an image in
 * every container of every pod spec, Pods and the templates of workloads alike
 * (pkg/apis/core/validation `validateContainerCommon`: `if len(ctr.Image) == 0`
 * → "Required value"), so no pod ever runs from it. `image: #IMAGE_TAG` is
 * such a value: `#` after a space starts a YAML comment, and the key is null.
 *
 * Only a key written empty counts, never a missing key: a kustomize patch
 * leaves `image` out of the containers it patches, and is applied to a base
 * that has one. A key written empty stays empty whatever reads it (as a
 * strategic merge patch, null deletes the base's image: refused again).
 */
import type { Path } from '../parse/source.js';
import { echo } from '../text.js';
import { CONTAINER_LISTS_IN_START_ORDER } from './field-reads.js';
import { isPlainObject, type PodTemplate } from './resource.js';

/** The container fields read here. */
export const REFUSAL_CONTAINER_FIELDS: readonly string[] = ['name', 'image'];

export interface Refusal {
  /** Why, e.g. "container `verifier` has an empty `image`". */
  detail: string;
  /** Where, relative to the resource. */
  path: Path;
}

/** Why Kubernetes refuses the pod as written, or undefined. */
export function refusalOf(template: PodTemplate): Refusal | undefined {
  const base = [...template.path, 'spec'];
  for (const list of CONTAINER_LISTS_IN_START_ORDER) {
    const containers = template.spec[list];
    if (!Array.isArray(containers)) continue;
    for (const [i, container] of containers.entries()) {
      if (!isPlainObject(container) || !Object.hasOwn(container, 'image')) continue;
      if (container.image !== null && container.image !== '') continue;
      const name = typeof container.name === 'string' ? echo(container.name) : String(i);
      return { detail: `container \`${name}\` has an empty \`image\``, path: [...base, list, i, 'image'] };
    }
  }
  return undefined;
}
