/**
 * `--format html`: a self-contained page (inline CSS, no script, no font or
 * image from the network) with one section per cluster: the address space
 * drawn to scale, conflicts highlighted, each pool's blocks and users, then
 * the findings linked to file:line. Everything from the repository is
 * escaped; a Content-Security-Policy forbids anything but the inline styles.
 */
import path from 'node:path';
import type { ESLint } from 'eslint';
import type { ClusterMap, MapRange } from '../facts/address-map.js';
import { sanitize } from '../text.js';
import type { FormatterData } from './report.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return sanitize(text).replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** Rank of a role when two ranges are equal: the wider concept is the parent. */
const ROLE_RANK: Record<string, number> = {
  pods: 0, services: 0, nodes: 0, reserved: 0, intranet: 0,
  'load-balancer': 1, 'bgp-service-cluster-ips': 1, 'bgp-service-external-ips': 1, 'bgp-service-load-balancer-ips': 1,
  'env-pool': 2, pool: 3, reservation: 4,
};

interface Node {
  range: MapRange;
  first: bigint;
  last: bigint;
  children: Node[];
}

export function formatHtml(results: ESLint.LintResult[], data: FormatterData): string {
  const maps = data.addressMaps ?? [];
  const cwd = data.cwd;
  const shown = (filePath: string): string => (path.isAbsolute(filePath) ? path.relative(cwd, filePath).split(path.sep).join('/') : filePath);
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  const docs = new Map(data.rules.map((rule) => [rule.id, rule.docsUrl]));
  const claimed = new Set<string>();
  const sections = maps.map((map) => {
    const files = new Set(map.files);
    const own = results.filter((result) => files.has(shown(result.filePath)));
    for (const result of own) claimed.add(result.filePath);
    return clusterSection(map, own, shown, docs);
  });
  const rest = results.filter((result) => !claimed.has(result.filePath) && result.messages.length > 0);
  const other = rest.length > 0
    ? `<section class="cluster"><h2>${maps.length > 0 ? 'Other findings' : 'Findings'}</h2>${findingsList(rest, shown, docs)}</section>`
    : '';
  const empty = maps.length === 0 ? '<p class="note">No pool or cluster range found in the linted files.</p>' : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>calico-lint: address map</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>calico-lint: address map</h1>
<p class="totals">${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(results.length, 'file')} · calico-lint ${escapeHtml(data.version)}</p>
${LEGEND}</header>
<main>
${empty}${sections.join('\n')}
${other}
</main>
</body>
</html>
`;
}

const LEGEND = `<ul class="legend">
<li><span class="swatch role-pool"></span>pool</li>
<li><span class="swatch role-pods"></span>pod CIDR</li>
<li><span class="swatch role-services"></span>Service range</li>
<li><span class="swatch role-nodes"></span>node network</li>
<li><span class="swatch role-load-balancer"></span>load-balancer / BGP range</li>
<li><span class="swatch role-reservation"></span>reservation</li>
<li><span class="swatch role-intranet"></span>reserved / intranet</li>
<li><span class="swatch conflict"></span>overlap it must not have</li>
</ul>`;

function clusterSection(map: ClusterMap, results: ESLint.LintResult[], shown: (file: string) => string, docs: Map<string, string>): string {
  const families = ([4, 6] as const).filter((family) => map.ranges.some((range) => range.family === family));
  const maps = families.map((family) => {
    const roots = forest(map.ranges.filter((range) => range.family === family));
    return `<h3>IPv${family}</h3>${groups(roots).map((group) => lane(group, 0)).join('')}`;
  }).join('');
  const pools = map.ranges.filter((range) => range.pool);
  const findings = results.some((result) => result.messages.length > 0)
    ? `<h3>Findings</h3>${findingsList(results, shown, docs)}`
    : '<h3>Findings</h3><p class="note">None in the files of this cluster.</p>';
  return `<section class="cluster" id="cluster-${escapeHtml(slug(map.name))}" data-cluster="${escapeHtml(map.name)}">
<h2>Cluster ${escapeHtml(map.name)}</h2>
${maps}
${pools.length > 0 ? poolTable(pools, map.maxNodes) : ''}
${findings}
</section>`;
}

/** Parents and children: each range under the smallest range that contains it. */
function forest(ranges: MapRange[]): Node[] {
  const nodes: Node[] = ranges.map((range) => ({ range, first: BigInt(range.first), last: BigInt(range.last), children: [] }));
  const order = (a: Node, b: Node): number => {
    const size = (b.last - b.first) - (a.last - a.first);
    if (size !== 0n) return size > 0n ? 1 : -1; // larger first
    return (ROLE_RANK[a.range.role] ?? 5) - (ROLE_RANK[b.range.role] ?? 5) || nodes.indexOf(a) - nodes.indexOf(b);
  };
  const sorted = [...nodes].sort(order);
  const roots: Node[] = [];
  sorted.forEach((node, i) => {
    // The last (smallest) earlier node that contains this one is its parent.
    let parent: Node | undefined;
    for (let j = i - 1; j >= 0; j--) {
      const candidate = sorted[j]!;
      if (candidate.first <= node.first && node.last <= candidate.last) {
        parent = candidate;
        break;
      }
    }
    (parent ? parent.children : roots).push(node);
  });
  return roots;
}

/** Roots that overlap share a lane; the others get one each. */
function groups(roots: Node[]): Node[][] {
  const sorted = [...roots].sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const result: Node[][] = [];
  let end = -1n;
  for (const node of sorted) {
    if (result.length > 0 && node.first <= end) result[result.length - 1]!.push(node);
    else result.push([node]);
    if (node.last > end) end = node.last;
  }
  return result;
}

/** Overlapping siblings go on separate tracks of the bar. */
function tracks(items: Node[]): Map<Node, number> {
  const ends: bigint[] = [];
  const assigned = new Map<Node, number>();
  for (const item of [...items].sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0))) {
    let track = ends.findIndex((end) => end < item.first);
    if (track === -1) {
      track = ends.length;
      ends.push(item.last);
    } else {
      ends[track] = item.last;
    }
    assigned.set(item, track);
  }
  return assigned;
}

/** One lane: the items drawn to the scale of their common extent, labels below, then each item's children in a lane of their own. */
function lane(items: Node[], depth: number, parent?: Node): string {
  const first = parent?.first ?? items.reduce((min, item) => (item.first < min ? item.first : min), items[0]!.first);
  const last = parent?.last ?? items.reduce((max, item) => (item.last > max ? item.last : max), items[0]!.last);
  const span = last - first + 1n;
  const percent = (value: bigint): number => Number((value * 100000n) / span) / 1000;
  const track = tracks(items);
  const trackCount = Math.max(1, ...[...track.values()].map((t) => t + 1));
  const segments = items.map((item) => {
    const left = percent(item.first - first);
    const width = percent(item.last - item.first + 1n);
    return `<div class="seg ${classes(item.range)}" data-range="${item.range.id}" style="left:${left}%;width:${width}%;top:${track.get(item)! * 22}px" ` +
      `title="${escapeHtml(`${item.range.label} ${item.range.text} (${item.range.roleName})`)}"></div>`;
  }).join('');
  const labels = items.map((item) => {
    const left = percent(item.first - first);
    const right = 100 - percent(item.last - first + 1n);
    // Anchor the label at its range's start, or at its end when it starts in the right half: it stays inside the lane.
    const style = left <= 50 ? `padding-left:${left}%` : `padding-right:${Math.max(0, right)}%;text-align:right`;
    return `<div class="label ${classes(item.range)}" data-label="${item.range.id}" style="${style}"><span>${labelText(item.range)}</span></div>`;
  }).join('');
  const nested = items.filter((item) => item.children.length > 0).map((item) =>
    `<div class="nest"><p class="nest-title">inside ${escapeHtml(item.range.label)} <code>${escapeHtml(item.range.text)}</code></p>${lane(item.children, depth + 1, item)}</div>`).join('');
  const range = parent ? ` data-parent="${parent.range.id}"` : '';
  return `<div class="lane depth-${Math.min(depth, 4)}"${range}>` +
    `<div class="scale"><span>${escapeHtml(formatBound(first, items[0]!.range.family))}</span><span>${escapeHtml(formatBound(last, items[0]!.range.family))}</span></div>` +
    `<div class="bar" style="height:${trackCount * 22}px">${segments}</div><div class="labels">${labels}</div>${nested}</div>`;
}

function labelText(range: MapRange): string {
  const who = range.pool ? ` · ${escapeHtml(range.pool.usedBy)}` : '';
  const conflict = range.conflict ? ' <strong class="flag">overlap</strong>' : '';
  const name = range.role === 'pool' ? `${escapeHtml(range.roleName)} <b>${escapeHtml(range.label)}</b>` : `<b>${escapeHtml(range.label)}</b>`;
  return `${name} <code>${escapeHtml(range.text)}</code>${who}${conflict}`;
}

function classes(range: MapRange): string {
  return `role-${range.role}${range.conflict ? ' conflict' : ''}`;
}

function formatBound(value: bigint, family: 4 | 6): string {
  if (family === 4) {
    const n = Number(value);
    return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
  }
  const groups: string[] = [];
  for (let i = 7; i >= 0; i--) groups.push(((value >> BigInt(i * 16)) & 0xffffn).toString(16));
  return groups.join(':').replace(/\b(?:0:){2,}/, ':');
}

function poolTable(pools: MapRange[], maxNodes: number | undefined): string {
  const rows = pools.map((range) => {
    const pool = range.pool!;
    const short = maxNodes !== undefined && pool.usedBy.includes('every node') && BigInt(pool.nodesServed) < BigInt(maxNodes);
    return `<tr class="${range.conflict ? 'conflict-row' : ''}"><td>${escapeHtml(pool.name)}</td><td><code>${escapeHtml(range.text)}</code></td>` +
      `<td>${escapeHtml(pool.origin)}</td><td>${link(range)}</td><td>/${pool.blockSize}</td><td>${escapeHtml(pool.blocks)}</td>` +
      `<td>${escapeHtml(pool.addressesPerBlock)}</td><td class="${short ? 'short' : ''}">${escapeHtml(pool.nodesServed)}${short ? ` (maxNodes ${maxNodes})` : ''}</td>` +
      `<td>${escapeHtml(pool.usedBy)}</td></tr>`;
  }).join('\n');
  return `<h3>Pools</h3><table class="pools"><thead><tr><th>pool</th><th>CIDR</th><th>kind</th><th>defined at</th><th>block size</th>` +
    `<th>blocks</th><th>addresses per block</th><th>nodes it can serve</th><th>used by</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function link(range: MapRange): string {
  if (range.file === undefined) return escapeHtml(range.where);
  return `<a href="${escapeHtml(fileHref(range.file, range.line))}">${escapeHtml(range.where)}</a>`;
}

/**
 * A link to a linted file, relative and nothing else: every path segment is
 * percent-encoded (so `javascript:x.yaml`, `//host/x`, `?` or `#` in a file
 * name cannot make a scheme, a host, a query or a fragment) and the link
 * starts with `./`.
 */
export function fileHref(file: string, line: number | undefined): string {
  const segments = file.split('/').filter((segment) => segment !== '' && segment !== '.');
  // encodeURIComponent throws on a lone surrogate: it becomes U+FFFD, as in a well-formed string.
  const encoded = segments.map((segment) => encodeURIComponent(segment.replace(/\p{Cs}/gu, '\ufffd'))).join('/');
  return `./${encoded}${line === undefined ? '' : `#L${line}`}`;
}

function findingsList(results: ESLint.LintResult[], shown: (file: string) => string, docs: Map<string, string>): string {
  const items: string[] = [];
  for (const result of results) {
    const file = shown(result.filePath);
    for (const message of result.messages) {
      const severity = message.severity === 2 ? 'error' : 'warning';
      const rule = message.ruleId === null ? 'parse error' : message.ruleId;
      const url = message.ruleId === null ? undefined : docs.get(message.ruleId);
      const ruleHtml = url ? `<a href="${escapeHtml(url)}">${escapeHtml(rule)}</a>` : escapeHtml(rule);
      items.push(`<li class="finding ${severity}"><span class="sev">${severity}</span> ` +
        `<a class="where" href="${escapeHtml(fileHref(file, message.line))}">${escapeHtml(`${file}:${message.line}:${message.column}`)}</a> ` +
        `${escapeHtml(message.message)} <span class="rule">${ruleHtml}</span></li>`);
    }
  }
  return `<ul class="findings">${items.join('\n')}</ul>`;
}

function slug(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, '-');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

const CSS = `
:root{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;background:#fff}
body{margin:0 auto;max-width:1200px;padding:16px 24px}
h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.25em;border-bottom:1px solid #d0d7de;padding-bottom:4px}h3{font-size:1.05em;margin:1em 0 .4em}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.92em}
.totals{color:#57606a;margin:.2em 0 .6em}
.legend{list-style:none;padding:0;margin:0 0 8px;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:.85em}
.swatch{display:inline-block;width:14px;height:12px;margin-right:5px;vertical-align:-1px;border:1px solid #0003}
.cluster{margin:24px 0}
.lane{border:1px solid #d0d7de;border-radius:6px;padding:6px 8px;margin:6px 0;background:#f6f8fa;overflow:hidden}
.lane .lane{background:#fff}
.scale{display:flex;justify-content:space-between;font:11px ui-monospace,monospace;color:#57606a}
.bar{position:relative;margin:2px 0 4px}
.seg{position:absolute;height:18px;min-width:3px;border-radius:3px;border:1px solid #0004;box-sizing:border-box;opacity:.9}
.labels{font-size:.85em;line-height:1.5}
.label{white-space:nowrap}
.label span{display:inline-block;padding:0 4px;border-left:4px solid #8c959f;background:#ffffffcc;max-width:100%;overflow:hidden;text-overflow:ellipsis;vertical-align:bottom}
.label[style*="text-align:right"] span{border-left:0;border-right:4px solid #8c959f}
.nest{margin:6px 0 2px 12px}.nest-title{margin:2px 0;font-size:.8em;color:#57606a}
.role-pool:is(.seg,.swatch){background:#2da44e}.label.role-pool span{border-color:#2da44e}
.role-pods:is(.seg,.swatch){background:#cfe8ff}.label.role-pods span{border-color:#54aeff}
.role-services:is(.seg,.swatch){background:#d8b9ff}.label.role-services span{border-color:#8250df}
.role-nodes:is(.seg,.swatch){background:#ffd8b5}.label.role-nodes span{border-color:#bc4c00}
:is(.role-load-balancer,.role-bgp-service-cluster-ips,.role-bgp-service-external-ips,.role-bgp-service-load-balancer-ips):is(.seg,.swatch){background:#fff8c5}
.label:is(.role-load-balancer,.role-bgp-service-cluster-ips,.role-bgp-service-external-ips,.role-bgp-service-load-balancer-ips) span{border-color:#bf8700}
.role-reservation:is(.seg,.swatch){background:#8c959f}.role-env-pool:is(.seg,.swatch){background:repeating-linear-gradient(45deg,#2da44e55 0 4px,#fff 4px 8px)}
:is(.role-reserved,.role-intranet):is(.seg,.swatch){background:#eaeef2}
.seg.conflict,.swatch.conflict{background:repeating-linear-gradient(45deg,#cf222e 0 5px,#ffebe9 5px 10px);border-color:#cf222e}
.label.conflict span{border-color:#cf222e;background:#ffebe9}
.flag{color:#cf222e}
table.pools{border-collapse:collapse;font-size:.85em;width:100%}
.pools th,.pools td{border:1px solid #d0d7de;padding:3px 6px;text-align:left;vertical-align:top}
.pools th{background:#f6f8fa}.conflict-row{background:#ffebe9}.short{color:#cf222e;font-weight:600}
.findings{padding-left:18px;font-size:.9em}.finding{margin:4px 0}
.sev{font-weight:600;text-transform:uppercase;font-size:.75em;padding:1px 5px;border-radius:3px}
.error .sev{background:#ffebe9;color:#cf222e}.warning .sev{background:#fff8c5;color:#9a6700}
.rule{color:#57606a;font-size:.85em}.note{color:#57606a}
`;
