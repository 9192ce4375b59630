import {esbuildPlugin} from '@web/dev-server-esbuild';
import {playwrightLauncher} from '@web/test-runner-playwright';
import {CHROMIUM_ARGS, findBrowser} from './scripts/browser.mjs';

const executablePath = findBrowser();
if (!executablePath) {
  throw new Error('No Chromium found: run "npm test" (it installs one on Debian) or set CHROME_PATH.');
}

export default {
  rootDir: '.',
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300000,
  testFramework: {config: {timeout: 10000}},
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'})],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {executablePath, headless: true, args: CHROMIUM_ARGS},
    }),
  ],
};
