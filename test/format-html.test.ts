/**
 * `--format html`: a self-contained page, escaped, and laid out as intended in
 * a real browser. The browser test renders the fixtures' address map in
 * headless Chromium (Debian's `chromium`; .ci/run installs it) and checks the
 * rendered DOM: every pool's label is visible, not cut off, and laid out
 * inside the lane of its parent range, and every bar segment lies inside its
 * lane.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT, runBin, workspace } from './helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';

function renderFixtures(): string {
  const run = runBin(['-f', 'html', '--config', 'fixtures/.calico-lint.yaml', 'fixtures/address-space'], { cwd: REPO_ROOT });
  assert.equal(run.stderr, '');
  assert.equal(run.status, 1);
  return run.stdout;
}

/** Measures the laid-out page and writes the result into the DOM, for --dump-dom. */
const MEASURE = `<script>
(() => {
  const inside = (inner, outer) => inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
  const labels = [...document.querySelectorAll('.label.role-pool')].map((label) => {
    const span = label.querySelector('span');
    const text = span.getBoundingClientRect();
    const lane = label.closest('.lane');
    const style = getComputedStyle(span);
    return {
      text: span.textContent,
      visible: text.width > 0 && text.height > 0 && style.visibility === 'visible' && style.display !== 'none' && Number(style.opacity) > 0,
      notCut: span.scrollWidth <= span.clientWidth + 1,
      insideLane: inside(text, lane.getBoundingClientRect()),
      parent: lane.dataset.parent ?? null,
    };
  });
  const segments = [...document.querySelectorAll('.seg')].map((seg) => ({
    id: seg.dataset.range,
    insideBar: inside(seg.getBoundingClientRect(), seg.closest('.bar').getBoundingClientRect()),
    width: seg.getBoundingClientRect().width,
  }));
  const pre = document.createElement('pre');
  pre.id = 'measured';
  pre.textContent = JSON.stringify({ labels, segments, viewport: innerWidth });
  document.body.append(pre);
})();
</script>`;

async function renderInChromium(html: string): Promise<{ labels: Array<Record<string, unknown>>; segments: Array<Record<string, unknown>> }> {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium (.ci/run does)`);
  const dir = await mkdtemp(path.join(tmpdir(), 'calico-lint-html-'));
  try {
    // The page forbids scripts (Content-Security-Policy); the test copy drops that to measure itself.
    const measured = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '').replace('</body>', `${MEASURE}</body>`);
    const page = path.join(dir, 'map.html');
    await writeFile(page, measured);
    const run = spawnSync(CHROMIUM, [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', `--user-data-dir=${path.join(dir, 'profile')}`, '--window-size=1280,1600',
      '--dump-dom', `file://${page}`,
    ], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(run.error, undefined);
    const json = /<pre id="measured">([^<]*)<\/pre>/.exec(run.stdout)?.[1];
    assert.ok(json, `chromium printed no measurement; stderr: ${run.stderr.slice(-500)}`);
    return JSON.parse(json.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('--format html', () => {
  it('is one self-contained page: no script, no stylesheet, font or image from elsewhere', () => {
    const html = renderFixtures();
    assert.match(html, /^<!DOCTYPE html>/);
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|@import|url\(/i);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
    // One section per cluster, the pools table, and findings linked to file:line.
    assert.match(html, /<section class="cluster" id="cluster-homelab" data-cluster="homelab">/);
    assert.match(html, /<a class="where" href="\.\/fixtures\/address-space\/ippools.yaml#L18">fixtures\/address-space\/ippools.yaml:18:9<\/a>/);
    assert.match(html, /<td>default-ipv4-ippool<\/td><td><code>10.42.0.0\/16<\/code><\/td><td>Installation<\/td><td><a href="\.\/fixtures\/address-space\/rke2-calico-config.yaml#L15">/);
    assert.match(html, /<td class="short">1024 \(maxNodes 2000\)<\/td>/);
  });

  it('escapes what comes from the repository', async () => {
    const dir = await workspace({
      'pools.yaml': 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: "<script>x</script>"}\nspec: {cidr: 10.0.0.0/16, nodeSelector: "a == \'<b>\'"}\n',
    });
    const run = runBin(['-f', 'html', '.'], { cwd: dir });
    assert.doesNotMatch(run.stdout, /<script>x|<b>'/);
    assert.match(run.stdout, /&lt;script&gt;x&lt;\/script&gt;/);
  });

  it('renders in Chromium: every pool label visible, whole, and inside its parent range; every segment inside its bar', async () => {
    const measured = await renderInChromium(renderFixtures());
    const labels = measured.labels.map(({ text, visible, notCut, insideLane, parent }) => ({ text: String(text).split(' · ')[0], visible, notCut, insideLane, nested: parent !== null }));
    assert.deepEqual(labels, [
      { text: 'Installation pool default-ipv4-ippool 10.42.0.0/16', visible: true, notCut: true, insideLane: true, nested: true },
      { text: 'IPPool batch 10.43.128.0/20', visible: true, notCut: true, insideLane: true, nested: true },
      { text: 'IPPool infra 100.64.0.0/24', visible: true, notCut: true, insideLane: true, nested: false },
      { text: 'IPPool lb-pool 192.168.50.0/24', visible: true, notCut: true, insideLane: true, nested: false },
    ]);
    assert.ok(measured.segments.length >= 10);
    for (const segment of measured.segments) {
      assert.equal(segment.insideBar, true, `segment ${String(segment.id)} leaves its bar`);
      assert.ok(Number(segment.width) >= 3, `segment ${String(segment.id)} is invisible`);
    }
  });
});

