/**
 * The address map for a GitHub job summary: per cluster, a compact table of
 * every pool and range in address order, with overlaps flagged. GitHub
 * renders Markdown tables everywhere (Mermaid has no to-scale diagram), and a
 * table is what a reviewer of an address plan reads.
 */
import type { ClusterMap } from '../facts/address-map.js';
import { escapeMarkdown } from './github.js';

/** Keeps the map well inside GitHub's 1 MiB job summary beside the findings. */
const MAX_BYTES = 200_000;

export function addressMapMarkdown(maps: readonly ClusterMap[] | undefined): string {
  if (!maps || maps.length === 0) return '';
  let text = '### Address map\n\n';
  for (const map of maps) {
    let section = `**Cluster ${escapeMarkdown(map.name)}**${map.maxNodes === undefined ? '' : ` (maxNodes ${map.maxNodes})`}\n\n` +
      '| range | what | blocks × addresses | nodes it can serve | used by | defined at |\n|---|---|---|---|---|---|\n';
    const sorted = [...map.ranges].sort((a, b) => a.family - b.family || compare(BigInt(a.first), BigInt(b.first)) || compare(BigInt(b.last), BigInt(a.last)));
    for (const range of sorted) {
      const flag = range.conflict ? ' ❌ overlap' : '';
      const what = range.pool ? `${escapeMarkdown(range.roleName)} **${escapeMarkdown(range.label)}**` : escapeMarkdown(range.label);
      const blocks = range.pool ? `${range.pool.blocks} × ${range.pool.addressesPerBlock} (/${range.pool.blockSize})` : '';
      section += `| \`${range.text}\`${flag} | ${what} | ${blocks} | ${range.pool ? range.pool.nodesServed : ''} | ` +
        `${range.pool ? escapeMarkdown(range.pool.usedBy) : ''} | ${escapeMarkdown(range.where)} |\n`;
    }
    section += '\n';
    if (Buffer.byteLength(text + section) > MAX_BYTES) {
      text += 'More clusters are not shown: the job summary has a size limit. `--format html` draws them all.\n\n';
      break;
    }
    text += section;
  }
  return text;
}

function compare(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
