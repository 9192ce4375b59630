/**
 * `npm test`: everything, in the order a failure is cheapest to see.
 *   1. find (or on Debian as root, install) Chromium
 *   2. TypeScript type check
 *   3. build every artefact (the tests also load what ships)
 *   4. browser tests in headless Chromium (@web/test-runner)
 *   5. Storybook build, then its smoke test (every story and Docs page in Chromium)
 *   6. size budget
 *   7. npm package: packed tarball installed in a fresh project, React and Vue examples built and used
 *   8. translations: every message has a target in every language
 * Ends with one line "tests: N passed, N failed".
 */
import {spawn, spawnSync} from 'node:child_process';
import {ensureBrowser} from './browser.mjs';

const started = Date.now();
const step = (name) => console.log(`\n=== ${name} ===`);

function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, {stdio: 'inherit', env: {...process.env, ...env}});
  if (result.status !== 0) {
    console.error(`\n"${[cmd, ...args].join(' ')}" failed.`);
    console.log('tests: 0 passed, 1 failed');
    process.exit(result.status ?? 1);
  }
}

/** Runs the browser tests, echoing output and reading the pass/fail counts. */
function runBrowserTests(env) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['wtr', '--config', 'web-test-runner.config.mjs'], {
      env: {...process.env, ...env},
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
    });
    child.on('close', (code) => {
      const counts = [...tail.matchAll(/(\d+) passed, (\d+) failed/g)].pop();
      resolve({code, passed: Number(counts?.[1] ?? 0), failed: Number(counts?.[2] ?? (code ? 1 : 0))});
    });
  });
}

/** Runs a script that ends with "<word>: N passed, N failed", echoing it, and returns the counts. */
function runCounted(cmd, args, env) {
  const result = spawnSync(cmd, args, {env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8'});
  process.stdout.write(result.stdout ?? '');
  const counts = [...(result.stdout ?? '').matchAll(/(\d+) passed, (\d+) failed/g)].pop();
  return {code: result.status, passed: Number(counts?.[1] ?? 0), failed: Number(counts?.[2] ?? (result.status ? 1 : 0))};
}

step('Browser');
let chrome;
try {
  chrome = ensureBrowser();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
console.log(`Using ${chrome}`);
const env = {CHROME_PATH: chrome};

step('Type check');
// Locale modules, entry points and the manifest are generated (not committed).
run('node', ['scripts/generate.mjs']);
run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);

step('Build');
run('node', ['scripts/build.mjs']);

step('Browser tests (headless Chromium)');
const tests = await runBrowserTests(env);

if (tests.code === 0) {
  step('Storybook build');
  run('npx', ['storybook', 'build', '--quiet', '--disable-telemetry', '-o', 'dist/storybook'], {
    STORYBOOK_DISABLE_TELEMETRY: '1',
  });

  step('Storybook smoke test');
  const smoke = runCounted('node', ['scripts/storybook-smoke.mjs'], env);
  tests.passed += smoke.passed;
  tests.failed += smoke.failed;
  if (smoke.code !== 0) tests.code = smoke.code ?? 1;

  step('Size budget');
  run('node', ['scripts/size.mjs']);

  step('npm package and framework examples');
  run('node', ['scripts/check-package.mjs']);

  step('Translations');
  run('node', ['scripts/check-translations.mjs']);
}

console.log(`\nDone in ${Math.round((Date.now() - started) / 1000)} s.`);
console.log(`tests: ${tests.passed} passed, ${tests.failed} failed`);
process.exit(tests.code === 0 ? 0 : 1);
