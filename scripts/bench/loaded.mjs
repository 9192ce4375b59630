/**
 * What a reader's browser really downloads before one widget is on screen:
 * a page with only the loader and one widget, in headless Chromium. Every
 * script and stylesheet whose request started before the widget's shadow root
 * had content (checked every frame) is gzipped on its own (level 9, as a CDN
 * would send it) and added up. The page itself is not counted.
 */
import {readFileSync} from 'node:fs';
import {gzipSync, brotliCompressSync, constants} from 'node:zlib';
import {join} from 'node:path';

/** Attributes a widget needs to show its normal content (the rest take defaults). */
export const WIDGET_ATTRIBUTES = {
  'ms-support-link': {href: 'https://example.org/find-a-therapist'},
};

export const attributesFor = (tag) =>
  Object.entries(WIDGET_ATTRIBUTES[tag] ?? {})
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');

/** Runs in the page: marks the first frame in which every widget's shadow root shows something. */
export const WATCH_RENDER = `(() => {
  const check = () => {
    const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('ms-'));
    const shown = (e) => e.shadowRoot && [...e.shadowRoot.children].some((c) => c.localName !== 'style' && c.localName !== 'link');
    if (els.length && els.every(shown)) window.__rendered = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

export const loaderPage = (tag, {lang = 'en', css = false} = {}) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
${css ? '<link rel="stylesheet" href="/dist/cdn/ms-widgets.css">' : ''}
<script type="module" src="/dist/cdn/loader.js"></script></head>
<body><${tag}${attributesFor(tag)}></${tag}></body></html>`;

const compress = (buf) => ({
  gzip: gzipSync(buf, {level: 9}).length,
  brotli: brotliCompressSync(buf, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
});

/**
 * For each tag: the files fetched before first render and their compressed sizes.
 * `serve(pages)` resolves to {url, close}; `root` is where /dist/... lives.
 */
export async function measureLoaded(browser, serve, root, tags, options = {}) {
  const pages = Object.fromEntries(tags.map((tag) => [`/${tag}`, loaderPage(tag, options)]));
  const server = await serve(pages);
  const rows = [];
  try {
    for (const tag of tags) {
      const context = await browser.newContext({viewport: {width: 1280, height: 800}});
      const page = await context.newPage();
      await page.addInitScript(WATCH_RENDER);
      await page.goto(`${server.url}/${tag}`);
      await page.waitForFunction(() => window.__rendered, null, {timeout: 30000, polling: 50});
      const paths = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((r) => r.startTime <= window.__rendered)
          .map((r) => new URL(r.name).pathname)
      );
      await context.close();
      const files = [...new Set(paths)].filter((p) => /\.(js|css)$/.test(p));
      let min = 0, gzip = 0, brotli = 0;
      for (const file of files) {
        const buf = readFileSync(join(root, file));
        const c = compress(buf);
        min += buf.length;
        gzip += c.gzip;
        brotli += c.brotli;
      }
      rows.push({tag, files: files.map((f) => f.replace(/^\/dist\/cdn\//, '')), min, gzip, brotli});
    }
  } finally {
    server.close();
  }
  return rows;
}
