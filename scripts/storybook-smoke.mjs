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
const declarations = new Map(
  JSON.parse(readFileSync('custom-elements.json', 'utf8'))
    .modules.flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => [d.tagName, d])
);

const started = Date.now();
const server = await serve(ROOT);
const browser = await chromium.launch({executablePath: findBrowser() ?? '/usr/bin/chromium', args: ARGS});
const WORKERS = 2;

/** Renders one entry through the preview's channel and resolves with what Storybook reported. */
function show(page, id, viewMode) {
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

/** Widgets in the rendered story whose shadow root has no text, and how many widgets there are. */
const widgetsIn = (page) =>
  page.evaluate(() => {
    const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('ms-'));
    return {count: widgets.length, empty: widgets.filter((el) => !(el.shadowRoot?.textContent ?? '').trim()).map((el) => el.localName)};
  });

async function checkStory(page, story, errors) {
  const problems = [];
  const {event, payload} = await show(page, story.id, 'story');
  if (event !== 'storyFinished') return [`Storybook: ${event} ${JSON.stringify(payload).slice(0, 300)}`];
  if (payload.status && payload.status !== 'success') problems.push(`status ${payload.status}`);
  for (const report of payload.reporters ?? []) {
    if (report.type !== 'a11y') continue;
    if (report.result?.error) problems.push(`a11y: ${report.result.error}`);
    for (const v of report.result?.violations ?? []) {
      problems.push(`a11y ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    }
  }
  const nothing = story.tags?.includes('renders-nothing');
  // Widgets load their language after the first render: give them a moment.
  let widgets = await widgetsIn(page);
  for (let i = 0; !nothing && widgets.empty.length && i < 20; i++) {
    await page.waitForTimeout(50);
    widgets = await widgetsIn(page);
  }
  if (!widgets.count) problems.push('no widget in the story');
  else if (nothing && widgets.empty.length !== widgets.count) problems.push('a widget rendered text in a story that must render nothing');
  else if (!nothing && widgets.empty.length) problems.push(`no text rendered in: ${widgets.empty.join(', ')}`);
  return problems.concat(errors.splice(0).map((e) => `console error: ${e}`));
}

async function checkDocs(page, entry, errors) {
  const problems = [];
  const {event} = await show(page, entry.id, 'docs');
  if (event !== 'docsRendered') problems.push(`Storybook: ${event}`);
  else {
    await page.waitForTimeout(100);
    const text = await page.evaluate(() => document.querySelector('#storybook-docs')?.textContent ?? '');
    for (const needed of ['Attributes', 'Properties, methods, events', 'Examples']) {
      if (!text.includes(needed)) problems.push(`Docs page lacks "${needed}"`);
    }
    // Only the public API is documented: no row for a private or protected member.
    const tag = /<(ms-[a-z-]+)>/.exec(text)?.[1];
    const d = declarations.get(tag) ?? {};
    const isPrivate = (m) => m.privacy || m.name.startsWith('_');
    const publicNames = new Set(
      [...(d.members ?? []).filter((m) => !isPrivate(m)), ...(d.attributes ?? []), ...(d.events ?? []), ...(d.slots ?? []), ...(d.cssParts ?? []), ...(d.cssProperties ?? [])].map((x) => x.name)
    );
    const hidden = new Set((d.members ?? []).filter(isPrivate).map((m) => m.name).filter((name) => !publicNames.has(name)));
    const rows = await page.evaluate(() => [...document.querySelectorAll('#storybook-docs table tbody tr td:first-child')].map((td) => td.textContent.trim()));
    if (!tag) problems.push('Docs page does not name its element');
    if (!rows.length) problems.push('Docs page has no API tables');
    const shown = rows.filter((name) => hidden.has(name) || name.startsWith('_'));
    if (shown.length) problems.push(`Docs page shows private members: ${shown.join(', ')}`);
  }
  return problems.concat(errors.splice(0).map((e) => `console error: ${e}`));
}

/** Page loads after the first: Storybook reloads when a story is torn down mid-render, which must not happen. */
let reloads = 0;
const queue = [...stories.map((e) => [e, checkStory]), ...docs.map((e) => [e, checkDocs])];
let passed = 0;
const failures = [];
await Promise.all(
  Array.from({length: Math.min(WORKERS, queue.length)}, async () => {
    const page = await browser.newPage({viewport: {width: 1000, height: 800}});
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    let loads = 0;
    page.on('load', () => ++loads > 1 && reloads++);
    // Load the preview once, on no story (so every entry below is a new selection that
    // Storybook renders and reports), then switch entries through its channel.
    await page.goto(`${server.url}/iframe.html?id=smoke-test--no-story&viewMode=story`);
    await page.waitForFunction(() => globalThis.__STORYBOOK_ADDONS_CHANNEL__ && globalThis.__STORYBOOK_PREVIEW__?.storyStoreValue, null, {timeout: 30000});
    await page.evaluate(() => globalThis.__STORYBOOK_PREVIEW__.ready);
    errors.length = 0;
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [entry, check] = next;
      const problems = await check(page, entry, errors);
      if (problems.length) failures.push({id: entry.id, problems});
      else passed++;
    }
  })
);

if (reloads) failures.push({id: '(preview)', problems: [`Storybook reloaded the page ${reloads} time(s)`]});
await browser.close();
server.close();
for (const f of failures) console.log(`✗ ${f.id}\n    ${f.problems.join('\n    ')}`);
console.log(`Storybook smoke test: ${stories.length} stories and ${docs.length} Docs pages in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
console.log(`storybook: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
