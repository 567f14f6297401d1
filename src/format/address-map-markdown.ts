/**
 * The address map for a GitHub job summary: per cluster, a compact table of
 * every pool and range in address order, with overlaps flagged. GitHub
 * renders Markdown tables everywhere (Mermaid has no to-scale diagram), and a
 * table is what a reviewer of an address plan reads.
 */
import type { ClusterMap } from '../facts/address-map.js';
import { escapeMarkdown } from './github.js';

export interface AddressMapMarkdown {
  text: string;
  /** Ranges (table rows) left out to stay within the budget. */
  omittedRanges: number;
}

const HEADING = '### Address map\n\n';

/** The map in at most `budget` bytes: clusters in order, row by row, until the budget is spent. */
export function addressMapMarkdown(maps: readonly ClusterMap[] | undefined, budget: number = Number.POSITIVE_INFINITY): AddressMapMarkdown {
  const total = (maps ?? []).reduce((sum, map) => sum + map.ranges.length, 0);
  if (!maps || maps.length === 0) return { text: '', omittedRanges: 0 };
  let text = HEADING;
  let size = Buffer.byteLength(text);
  let shown = 0;
  for (const map of maps) {
    const head = `**Cluster ${escapeMarkdown(map.name)}**${map.maxNodes === undefined ? '' : ` (maxNodes ${map.maxNodes})`}\n\n` +
      '| range | what | blocks × addresses | nodes it can serve | used by | defined at |\n|---|---|---|---|---|---|\n';
    const sorted = [...map.ranges].sort((a, b) => a.family - b.family || compare(BigInt(a.first), BigInt(b.first)) || compare(BigInt(b.last), BigInt(a.last)));
    const rows: string[] = [];
    let sectionSize = Buffer.byteLength(head) + 1;
    for (const range of sorted) {
      const flag = range.conflict ? ' ❌ overlap' : '';
      const what = range.pool ? `${escapeMarkdown(range.roleName)} **${escapeMarkdown(range.label)}**` : escapeMarkdown(range.label);
      const blocks = range.pool ? `${range.pool.blocks} × ${range.pool.addressesPerBlock} (/${range.pool.blockSize})` : '';
      const row = `| \`${range.text}\`${flag} | ${what} | ${blocks} | ${range.pool ? range.pool.nodesServed : ''} | ` +
        `${range.pool ? escapeMarkdown(range.pool.usedBy) : ''} | ${escapeMarkdown(range.where)} |\n`;
      const bytes = Buffer.byteLength(row);
      if (size + sectionSize + bytes > budget) break;
      rows.push(row);
      sectionSize += bytes;
    }
    if (rows.length === 0) break;
    text += `${head}${rows.join('')}\n`;
    size += sectionSize;
    shown += rows.length;
    if (rows.length < sorted.length) break;
  }
  if (shown === 0) return { text: '', omittedRanges: total };
  return { text, omittedRanges: total - shown };
}

function compare(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
