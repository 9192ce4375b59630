import {esbuildPlugin} from '@web/dev-server-esbuild';
import {playwrightLauncher} from '@web/test-runner-playwright';
import {readFile} from 'node:fs/promises';
import {extname, normalize} from 'node:path';
import {CHROMIUM_ARGS, findBrowser} from './scripts/browser.mjs';

const TYPES = {'.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.css': 'text/css', '.map': 'application/json'};

const executablePath = findBrowser();
if (!executablePath) {
  throw new Error('No Chromium found: run "npm test" (it installs one on Debian) or set CHROME_PATH.');
}

/** The strict policy every widget must work under (see docs/embedding.md). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

export default {
  rootDir: '.',
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300000,
  testFramework: {config: {timeout: 10000}},
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
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json'})],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {executablePath, headless: true, args: CHROMIUM_ARGS},
    }),
  ],
};
