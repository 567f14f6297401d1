import { docsUrl, type ProjectRule } from '../src/engine/rule.js';
import { clusterFacts, CLUSTER_FACT_READS } from '../src/facts/cluster-facts.js';
import { allowedUses, blockSizeOf, FACT_TEXT, distinctPools, isDisabled, poolLabel, type PoolWithCidr } from '../src/facts/pools.js';

/** kubelet's default `maxPods`. */
const KUBELET_MAX_PODS = 110;
/** Blocks a node may claim when IPAMConfiguration sets no maxBlocksPerHost (libcalico-go/lib/ipam/ipam.go:747-752). */
const DEFAULT_MAX_BLOCKS_PER_HOST = 20;
/** IPv6 blocks larger than this many addresses: each block is one IPAMBlock object with an entry per address. */
const LARGE_IPV6_BLOCK = 256;

/**
 * Calico IPAM hands each node whole blocks: 2^(blockSize − prefix) blocks per
 * pool, 2^(bits − blockSize) addresses per block. A node without a block of
 * its own borrows addresses from other nodes' blocks, or, with
 * `strictAffinity`, fails (libcalico-go/lib/ipam/ipam.go, autoAssign; docs:
 * networking/ipam/change-block-size). IPAMConfiguration `maxBlocksPerHost`
 * caps how many blocks one node may claim; without it IPAM caps a node at 20
 * (ipam.go:741-752 at v3.32, the same since v3.26 at least), and a node at the
 * cap fails the pod ("limit of %d blocks reached for this node", ipam.go:791-795).
 */
export const poolCapacity: ProjectRule = {
  meta: {
    id: 'pool-capacity',
    description: 'A pool that serves every node must have a block per node (`maxNodes`), enough addresses under `maxBlocksPerHost`, and IPv6 blocks of sane size.',
    remediation: 'Choose a larger pool, or a longer blockSize (more, smaller blocks); raise maxBlocksPerHost; use IPv6 blocks of /122 (the default).',
    docsUrl: docsUrl('pool-capacity'),
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'project',
    relevantText: FACT_TEXT,
    reads: CLUSTER_FACT_READS,
  },
  check(project, context) {
    const facts = clusterFacts(project, context.config);
    for (const pool of distinctPools(project.pools.pools)) {
      const blockSize = blockSizeOf(pool);
      const bits = pool.cidr.family === 4 ? 32 : 128;
      if (blockSize < pool.cidr.prefixLength || blockSize > bits) continue; // ippool-valid reports it
      if (!servesEveryNode(pool)) continue;
      const blocks = 2n ** BigInt(blockSize - pool.cidr.prefixLength);
      const perBlock = 2n ** BigInt(bits - blockSize);
      const blockSizePath = [...pool.definition.specPath, pool.definition.spec.blockSize === undefined ? 'cidr' : 'blockSize'];
      const at = { resource: pool.definition.resource, path: blockSizePath };
      const shape = `${blocks} block${blocks === 1n ? '' : 's'} of /${blockSize} (${perBlock} addresses each)`;
      if (facts.maxNodes !== undefined && blocks < BigInt(facts.maxNodes)) {
        context.report({
          ...at,
          message: `${poolLabel(pool)} has ${shape} for ${facts.maxNodes} nodes (\`maxNodes\`): nodes ${blocks + 1n}–${facts.maxNodes} ` +
            'get no block of their own and borrow addresses from other nodes\' blocks, or fail with strictAffinity. ' +
            `A /${largestPrefixFor(blockSize, facts.maxNodes)} pool (or larger) gives every node a block of /${blockSize}.`,
        });
      }
      const maxBlocks = facts.maxBlocksPerHost?.value ?? DEFAULT_MAX_BLOCKS_PER_HOST;
      if (BigInt(maxBlocks) * perBlock < BigInt(KUBELET_MAX_PODS)) {
        const most = BigInt(maxBlocks) * perBlock;
        const limit = facts.maxBlocksPerHost === undefined
          ? `without \`maxBlocksPerHost\` IPAM caps a node at ${DEFAULT_MAX_BLOCKS_PER_HOST} blocks (libcalico-go/lib/ipam/ipam.go), and ${maxBlocks}`
          : `IPAMConfiguration \`maxBlocksPerHost\` ${maxBlocks}`;
        context.report({
          ...at,
          message: `${poolLabel(pool)}: ${limit} × ${perBlock} addresses per block ` +
            `lets a node hold at most ${most} addresses from this pool, fewer than kubelet's default ${KUBELET_MAX_PODS} pods: ` +
            'pods beyond that fail to get an address. Raise maxBlocksPerHost, or use larger blocks (a smaller blockSize).',
          related: facts.maxBlocksPerHost === undefined ? [] : [{ ...facts.maxBlocksPerHost.location, message: 'maxBlocksPerHost' }],
        });
      }
      if (pool.cidr.family === 6 && perBlock > BigInt(LARGE_IPV6_BLOCK)) {
        context.report({
          ...at,
          message: `${poolLabel(pool)} has IPv6 blocks of /${blockSize} (${perBlock} addresses each): every block is one IPAMBlock object ` +
            'with an entry per address, rewritten on each assignment, and a node claims a whole block even for one pod. ' +
            'Use /122 (64 addresses, the default) unless nodes run that many pods.',
        });
      }
    }
  },
};

/** Workload pools that every node draws from automatically: the ones whose blocks nodes claim. */
function servesEveryNode(pool: PoolWithCidr): boolean {
  const spec = pool.definition.spec;
  if (isDisabled(pool) || !allowedUses(pool).includes('Workload') || spec.assignmentMode === 'Manual') return false;
  const selector = spec.nodeSelector;
  return selector === undefined || selector === null || (typeof selector === 'string' && ['', 'all()'].includes(selector.trim()));
}

/** The longest pool prefix with at least `nodes` blocks of `blockSize`. */
function largestPrefixFor(blockSize: number, nodes: number): number {
  let prefix = blockSize;
  while (prefix > 0 && 2 ** (blockSize - prefix) < nodes) prefix--;
  return prefix;
}

