/**
 * Smoke test of the built Storybook (dist/storybook, `npm test` builds it):
 * every story of index.json is rendered in headless Chromium, and fails when
 *   - the page logs a console error or throws,
 *   - Storybook reports an error rendering it,
 *   - a widget in it renders no text in its shadow root (or, in a story
 *     tagged `renders-nothing`, such as a support link without an address,
 *     renders any),
 *   - the a11y addon (axe, as in the a11y panel) reports a violation.
 * Every widget's Docs page is opened too and must show its attributes and
 * API reference without errors.
 * One page loads iframe.html once and switches stories through Storybook's
 * own channel, so the run takes seconds, not minutes.
 * Prints "storybook: N passed, N failed"; exits 1 on any failure.
 *   node scripts/storybook-smoke.mjs [--only=<id part>]
 */
import {existsSync, readFileSync} from 'node:fs';
import {chromium} from 'playwright-core';
import {serve} from './bench/serve.mjs';
import {findBrowser} from './browser.mjs';

const ROOT = 'dist/storybook';
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7) ?? '';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

if (!existsSync(`${ROOT}/index.json`)) {
  console.error(`${ROOT}/index.json is missing: build Storybook first (npx storybook build -o ${ROOT}).`);
  console.log('storybook: 0 passed, 1 failed');
  process.exit(1);
}
const entries = Object.values(JSON.parse(readFileSync(`${ROOT}/index.json`, 'utf8')).entries).filter((e) => e.id.includes(only));
const stories = entries.filter((e) => e.type === 'story');
const docs = entries.filter((e) => e.type === 'docs');

const started = Date.now();
const server = await serve(ROOT);
const browser = await chromium.launch({executablePath: findBrowser() ?? '/usr/bin/chromium', args: ARGS});
const page = await browser.newPage({viewport: {width: 1000, height: 800}});
let consoleErrors = [];
page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
page.on('pageerror', (e) => consoleErrors.push(`uncaught: ${e.message}`));

await page.goto(`${server.url}/iframe.html?id=${stories[0]?.id ?? docs[0]?.id}&viewMode=${stories.length ? 'story' : 'docs'}`);
await page.waitForFunction(() => globalThis.__STORYBOOK_ADDONS_CHANNEL__ && globalThis.__STORYBOOK_PREVIEW__?.ready);

/** Renders one entry through the preview's channel and resolves with what Storybook reported. */
function show(id, viewMode) {
  return page.evaluate(
    ({id, viewMode}) =>
      new Promise((resolve) => {
        const channel = globalThis.__STORYBOOK_ADDONS_CHANNEL__;
        const events = viewMode === 'story' ? ['storyFinished', 'storyErrored', 'storyThrewException', 'storyMissing'] : ['docsRendered', 'storyErrored', 'storyThrewException', 'storyMissing'];
        const timer = setTimeout(() => finish('timeout', null), 15000);
        const handlers = events.map((name) => [name, (payload) => {
          const payloadId = typeof payload === 'string' ? payload : (payload?.storyId ?? payload?.id);
          if (name === 'docsRendered' || name === 'storyMissing' || payloadId === id) finish(name, payload);
        }]);
        function finish(event, payload) {
          clearTimeout(timer);
          for (const [name, fn] of handlers) channel.off(name, fn);
          resolve({event, payload: JSON.parse(JSON.stringify(payload ?? null, (_k, v) => (v instanceof Error ? String(v) : v)))});
        }
        for (const [name, fn] of handlers) channel.on(name, fn);
        channel.emit('setCurrentStory', {storyId: id, viewMode});
      }),
    {id, viewMode}
  );
}

/** Widgets in the rendered story whose shadow root has no text. */
const emptyWidgets = () =>
  page.evaluate(() => {
    const root = document.querySelector('#storybook-root');
    const widgets = [...(root?.querySelectorAll('*') ?? [])].filter((el) => el.localName.startsWith('ms-'));
    if (!widgets.length) return ['(no widget in the story)'];
    return widgets.filter((el) => !(el.shadowRoot?.textContent ?? '').trim()).map((el) => el.localName);
  });

let passed = 0;
const failures = [];
for (const story of stories) {
  consoleErrors = [];
  const problems = [];
  const {event, payload} = await show(story.id, 'story');
  if (event !== 'storyFinished') problems.push(`Storybook: ${event} ${JSON.stringify(payload).slice(0, 300)}`);
  else {
    if (payload.status && payload.status !== 'success') problems.push(`status ${payload.status}`);
    for (const report of payload.reporters ?? []) {
      if (report.type !== 'a11y') continue;
      if (report.result?.error) problems.push(`a11y: ${report.result.error}`);
      for (const v of report.result?.violations ?? []) {
        problems.push(`a11y ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
      }
    }
    // Widgets load their language after the first render: give them a moment.
    let empty = await emptyWidgets();
    for (let i = 0; empty.length && !story.tags?.includes('renders-nothing') && i < 20; i++) {
      await page.waitForTimeout(50);
      empty = await emptyWidgets();
    }
    if (story.tags?.includes('renders-nothing')) {
      const all = await page.evaluate(() => [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('ms-')).length);
      if (empty.length !== all) problems.push('a widget rendered text in a story that must render nothing');
    } else if (empty.length) problems.push(`no text rendered in: ${empty.join(', ')}`);
  }
  problems.push(...consoleErrors.map((e) => `console error: ${e}`));
  if (problems.length) failures.push({id: story.id, problems});
  else passed++;
}

for (const entry of docs) {
  consoleErrors = [];
  const problems = [];
  const {event} = await show(entry.id, 'docs');
  if (event !== 'docsRendered') problems.push(`Storybook: ${event}`);
  else {
    await page.waitForTimeout(100);
    const text = await page.evaluate(() => document.querySelector('#storybook-docs')?.textContent ?? '');
    for (const needed of ['Attributes', 'Properties, methods, events', 'Examples']) {
      if (!text.includes(needed)) problems.push(`Docs page lacks "${needed}"`);
    }
    if (/\b_[a-z]+\b/.test(text.replace(/\b__?[A-Z_]+\b/g, ''))) problems.push('Docs page shows a private member (name starting with _)');
  }
  problems.push(...consoleErrors.map((e) => `console error: ${e}`));
  if (problems.length) failures.push({id: entry.id, problems});
  else passed++;
}

await browser.close();
server.close();
for (const f of failures) console.log(`✗ ${f.id}\n    ${f.problems.join('\n    ')}`);
console.log(`Storybook smoke test: ${stories.length} stories and ${docs.length} Docs pages in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
console.log(`storybook: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
