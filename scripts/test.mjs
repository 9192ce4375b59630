/**
 * `npm test`: everything, in the order a failure is cheapest to see.
 *   1. find (or on Debian as root, install) Chromium, Firefox and WebKit
 *   2. TypeScript type check
 *   3. build every artefact (the tests also load what ships)
 *   4. browser tests (@web/test-runner) once per engine: Chromium, Firefox, WebKit
 *      (`npm test -- --engine firefox`, or MS_ENGINES=chromium,webkit, to run fewer)
 *   5. Storybook build, then its smoke test (every story and Docs page in Chromium)
 *   6. size budget
 *   7. npm package: packed tarball installed in a fresh project, React and Vue examples built and used
 *   8. translations: every message has a target in every language
 *   9. WordPress plugin on a real WordPress, MariaDB and Apache (scripts/test-wordpress.mjs)
 * Prints one line per engine and per counted suite ("firefox: N passed, N failed in T s") and ends
 * with one line "tests: N passed, N failed" (all engines together).
 */
import {spawn, spawnSync} from 'node:child_process';
import {ensureBrowser} from './browser.mjs';
import {ENGINES} from './engines.mjs';

/** Engines to run: --engine a[,b] (repeatable), else $MS_ENGINES, else all three. */
function chosenEngines() {
  const picked = [];
  process.argv.slice(2).forEach((arg, i, args) => {
    if (arg === '--engine') picked.push(args[i + 1] ?? '');
    else if (arg.startsWith('--engine=')) picked.push(arg.slice('--engine='.length));
  });
  const list = (picked.length ? picked.join(',') : (process.env.MS_ENGINES ?? ENGINES.join(',')))
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const unknown = list.filter((e) => !ENGINES.includes(e));
  if (unknown.length || !list.length) {
    console.error(`Unknown engine "${unknown.join(', ')}": use ${ENGINES.join(', ')}.`);
    console.log('tests: 0 passed, 1 failed');
    process.exit(1);
  }
  return [...new Set(list)];
}
const engines = chosenEngines();

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
function runBrowserTests(env, {stallAfter = Infinity} = {}) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['wtr', '--config', 'web-test-runner.config.mjs'], {
      env: {...process.env, ...env},
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    });
    let tail = '';
    let timeouts = 0;
    let stalled = false;
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
      timeouts += (chunk.toString().match(/Timeout of \d+ms exceeded/g) ?? []).length;
      if (timeouts >= stallAfter && !stalled) {
        // The browser has stopped answering: every test from here on would wait out its timeout.
        stalled = true;
        console.log(`\n${env.MS_ENGINE}: ${timeouts} tests timed out; the browser has stalled, so this run stops here.`);
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {}
      }
    });
    child.on('close', (code) => {
      const counts = [...tail.matchAll(/(\d+) passed, (\d+) failed/g)].pop();
      const failed = Math.max(Number(counts?.[2] ?? 0), code || stalled ? 1 : 0);
      resolve({code: stalled ? 1 : code, passed: Number(counts?.[1] ?? 0), failed});
    });
  });
}

/** Runs a test script that ends with a "<name>: N passed, N failed" line; echoes it and returns the counts. */
function runCounted(name, cmd, args, env) {
  const suiteStarted = Date.now();
  const result = spawnSync(cmd, args, {env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'inherit']});
  const out = result.stdout?.toString() ?? '';
  process.stdout.write(out);
  const counts = [...out.matchAll(/(\d+) passed, (\d+) failed/g)].pop();
  const failed = Number(counts?.[2] ?? 0) || (result.status ? 1 : 0);
  return {engine: name, code: result.status, passed: Number(counts?.[1] ?? 0), failed, seconds: Math.round((Date.now() - suiteStarted) / 1000)};
}

step('Browsers');
const env = {};
try {
  for (const engine of engines) {
    const found = ensureBrowser(engine);
    console.log(`${engine}: ${typeof found === 'string' ? found : `${found.driver} with ${found.browser}`}`);
    if (engine === 'chromium') env.CHROME_PATH = found;
  }
} catch (error) {
  console.error(error.message);
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}

step('Type check');
// Locale modules, entry points and the manifest are generated (not committed).
run('node', ['scripts/generate.mjs']);
run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);

step('Build');
run('node', ['scripts/build.mjs']);

const results = [];
for (const engine of engines) {
  step(`Browser tests (${engine})`);
  const engineStarted = Date.now();
  // WebKit's run stops once 3 tests have timed out (a stalled driver, see below).
  const watch = engine === 'webkit' ? {stallAfter: 3} : {};
  let result = await runBrowserTests({...env, MS_ENGINE: engine}, watch);
  // A stalled WebKit run (every file after one times out at 30 s) was seen on 2 December 2026.
  // Its cause was found: a real download opened a MiniBrowser window that covered the test
  // window, which then painted no more frames; the test page now stops a download link's default
  // action (web-test-runner.config.mjs). The one repeat in a fresh browser stays as a safety net
  // for a stall of another cause. Both runs are printed; a test that fails twice still fails.
  if (engine === 'webkit' && result.failed) {
    console.log(`\nwebkit: ${result.failed} failed on the first run; running WebKit again once in a fresh browser.`);
    const first = result;
    result = await runBrowserTests({...env, MS_ENGINE: engine}, watch);
    console.log(`webkit: first run ${first.passed} passed, ${first.failed} failed; second run ${result.passed} passed, ${result.failed} failed.`);
  }
  results.push({engine, ...result, seconds: Math.round((Date.now() - engineStarted) / 1000)});
}
const tests = {
  code: results.every((r) => r.code === 0) ? 0 : 1,
  passed: results.reduce((n, r) => n + r.passed, 0),
  failed: results.reduce((n, r) => n + r.failed, 0),
};

if (tests.code === 0) {
  step('Storybook build');
  run('npx', ['storybook', 'build', '--quiet', '--disable-telemetry', '-o', 'dist/storybook'], {
    STORYBOOK_DISABLE_TELEMETRY: '1',
  });

  step('Storybook smoke test');
  results.push(runCounted('storybook', 'node', ['scripts/storybook-smoke.mjs'], env));

  step('Size budget');
  run('node', ['scripts/size.mjs']);

  step('npm package and framework examples');
  run('node', ['scripts/check-package.mjs']);

  step('Translations');
  run('node', ['scripts/check-translations.mjs']);

  step('WordPress plugin (WordPress, MariaDB, Apache)');
  results.push(runCounted('wordpress', 'node', ['scripts/test-wordpress.mjs'], env));
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`\nDone in ${Math.round((Date.now() - started) / 1000)} s.`);
for (const r of results) console.log(`${r.engine}: ${r.passed} passed, ${r.failed} failed in ${r.seconds} s`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.code === 0) && failed === 0 ? 0 : 1);
