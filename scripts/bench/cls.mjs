/**
 * Layout shift while widgets load through the loader (issue 18): Cumulative
 * Layout Shift, the sum of the browser's layout-shift entries (those without
 * recent input), from navigation until every widget has rendered plus one
 * second (late language files and lazily loaded parts included). Every file is
 * served 150 ms late, like a CDN far away, so the page paints before the
 * widgets' code arrives. Each page is loaded three ways:
 *   - with ms-widgets.css linked (the budget, at most 0.01),
 *   - with the loader only (it adopts the same rules when it runs),
 *   - with no reserved space at all (the loader's rules switched off: the figure before issue 18).
 * Pages: the demo article (dist/demo's markup, loader instead of the bundle)
 * and one page per widget, with text above and below it; each at a common
 * desktop width (1280 × 800) and at 320 × 640.
 */
import {readFileSync} from 'node:fs';
import {WATCH_RENDER, attributesFor} from './loaded.mjs';

export const CLS_BUDGET = 0.01;
const DELAY = 150;
export const VIEWPORTS = {desktop: {width: 1280, height: 800}, '320 px': {width: 320, height: 640}};

const RECORD_SHIFTS = `window.__cls = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
}).observe({type: 'layout-shift', buffered: true});`;

/** Stands in for a page without any reserve-space rules: the loader's adopted sheet is dropped. */
const NO_RESERVE = `Object.defineProperty(Document.prototype, 'adoptedStyleSheets', {configurable: true, get() { return []; }, set() {}});`;

const TEXT = '<p>People with MS often describe depression as numbness rather than sadness. This paragraph stands for the article around the widget, so that anything below it that moves is counted.</p>';

const widgetPage = (tag, css) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
${css ? '<link rel="stylesheet" href="/dist/cdn/ms-widgets.css">' : ''}
<script type="module" src="/dist/cdn/loader.js"></script></head>
<body><h1>A page with ${tag}</h1>${TEXT}<${tag}${attributesFor(tag)}></${tag}>${TEXT.repeat(6)}</body></html>`;

/** The demo article as a CMS would publish it, loading widgets through the loader. */
function demoPage(css) {
  const html = readFileSync('index.html', 'utf8')
    .replace(/<script type="module" src="\/src\/cdn\/all.ts"><\/script>/, '<script type="module" src="/dist/cdn/loader.js"></script>')
    .replace(/<script type="module" src="\/demo\/demo.ts"><\/script>/, '');
  return css ? html.replace('</head>', '<link rel="stylesheet" href="/dist/cdn/ms-widgets.css"></head>') : html;
}

async function measure(browser, url, viewport, reserve) {
  const context = await browser.newContext({viewport});
  const page = await context.newPage();
  await page.addInitScript((reserve ? '' : NO_RESERVE) + RECORD_SHIFTS + WATCH_RENDER);
  await page.goto(url);
  await page.waitForFunction(() => window.__rendered, null, {timeout: 60000, polling: 50});
  await page.waitForTimeout(1000);
  const cls = await page.evaluate(() => window.__cls);
  await context.close();
  return +cls.toFixed(4);
}

export async function benchCls(browser, serve, tags) {
  const pages = {'/demo': demoPage(false), '/demo-css': demoPage(true)};
  for (const tag of tags) {
    pages[`/${tag}`] = widgetPage(tag, false);
    pages[`/${tag}-css`] = widgetPage(tag, true);
  }
  const server = await serve(pages, {delay: DELAY});
  const rows = [];
  try {
    for (const name of ['demo', ...tags]) {
      for (const [width, viewport] of Object.entries(VIEWPORTS)) {
        const url = `${server.url}/${name}`;
        rows.push({
          page: name === 'demo' ? 'demo article' : name,
          width,
          stylesheet: await measure(browser, `${url}-css`, viewport, true),
          budget: CLS_BUDGET,
          'loader only': await measure(browser, url, viewport, true),
          'no reserve (before)': await measure(browser, url, viewport, false),
        });
      }
    }
  } finally {
    server.close();
  }
  for (const row of rows) row.ok = row.stylesheet <= CLS_BUDGET ? 'ok' : 'OVER';
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {chromium} = await import('playwright-core');
  const {CHROMIUM_ARGS, ensureBrowser} = await import('../browser.mjs');
  const {serve} = await import('./serve.mjs');
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const all = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean).sort();
  const only = process.argv.slice(2).filter((a) => a.startsWith('ms-'));
  const browser = await chromium.launch({executablePath: ensureBrowser(), args: CHROMIUM_ARGS});
  const rows = await benchCls(browser, (pages, o) => serve(process.cwd(), pages, o), only.length ? only : all);
  await browser.close();
  console.table(rows);
}
