import {esbuildPlugin} from '@web/dev-server-esbuild';
import {readFile} from 'node:fs/promises';
import {extname, normalize} from 'node:path';
import {CONCURRENCY, ENGINES, engineCommandsPlugin, launcherFor} from './scripts/engines.mjs';

const TYPES = {'.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.css': 'text/css', '.map': 'application/json'};

/**
 * One engine per wtr run: MS_ENGINE=chromium (default), firefox or webkit.
 * `npm test` runs all three (see scripts/test.mjs); `npm test -- --engine firefox` one.
 */
const engine = process.env.MS_ENGINE ?? 'chromium';
if (!ENGINES.includes(engine)) throw new Error(`MS_ENGINE="${engine}": use one of ${ENGINES.join(', ')}.`);

/** The strict policy every widget must work under (see docs/embedding.md). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

export default {
  rootDir: '.',
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: CONCURRENCY[engine],
  concurrentBrowsers: 1,
  // A whole file's limit: Firefox and WebKit drive one page at a time over WebDriver, and are slower.
  testsFinishTimeout: engine === 'chromium' ? 300000 : 900000,
  // Firefox and WebKit are driven over WebDriver and run one page at a time: slower, more room.
  // In CI (CI=true) a failed test runs once more before it counts as failed:
  // two cores run three engines, and a timing test can lose a frame under load.
  // A test that fails twice fails the run; locally every failure shows at once.
  testFramework: {config: {timeout: engine === 'chromium' ? 10000 : 30000, retries: process.env.CI ? 1 : 0}},
  // Downloads made by tests never reach the browser's own download handling:
  // WebKitGTK's MiniBrowser answers a real download with a window of its own,
  // which covers the test window, so the test page paints no more frames and
  // every later test waits for one until it times out (the WebKit "stall" of
  // 2 December 2026, after the sheet's download tests). The link is made and
  // clicked as on a real page; only the browser's default action is stopped.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script>document.addEventListener('click', (e) => { if (e.target instanceof HTMLAnchorElement && e.target.hasAttribute('download')) e.preventDefault(); }, true);</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  middleware: [
    // Built files are served byte for byte (no dev-server transforms), so the
    // tests load exactly what ships and SRI hashes match.
    async (context, next) => {
      const path = normalize(decodeURIComponent(context.path));
      if (!path.startsWith('/dist/')) return next();
      try {
        context.body = await readFile(`.${path}`);
        context.type = TYPES[extname(path)] ?? 'application/octet-stream';
      } catch {
        context.status = 404;
      }
    },
    async (context, next) => {
      await next();
      if (context.path.startsWith('/test/fixtures/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
    },
  ],
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json'}), engineCommandsPlugin(engine)],
  browsers: [await launcherFor(engine)],
};
