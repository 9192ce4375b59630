/**
 * Benchmark of <ms-breathing-pacer> in a real headless Chromium, on the real
 * clock (no test clock). Prints:
 *  - phase-boundary errors over a long run of short phases (1 s in, 1 s out):
 *    when each phase event fired, against start time + pattern lengths + time
 *    spent paused, and when the shape's animation for it started,
 *  - main-thread time per minute of breathing (the default calm pattern), with
 *    the widget's own script/style/layout share and, for comparison, a bare
 *    compositor animation of the same shape,
 *  - frames drawn on-screen (for comparison), off-screen and while the page is
 *    hidden. Headless Chromium never hides a page, so "hidden" is reported to
 *    the page the way a browser does it (visibilityState + visibilitychange).
 *
 * The pacer has `countdown="0"`, so the schedule starts at `start()` as it did before the countdown existed.
 * It bundles only the pacer from src/ with esbuild (in memory, production Lit),
 * serves it from 127.0.0.1 and drives it with playwright-core. About a minute.
 *
 *   node scripts/bench/pacer.mjs [--json] [--seconds=18]
 *
 * `benchPacer({json, seconds, quiet})` prints the table (or JSON, or nothing) and returns the rows
 * ({name, value, unit}).
 */
import {createServer} from 'node:http';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findBrowser} from '../browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>pacer bench</title></head>
<body style="margin: 0">
  <ms-breathing-pacer countdown="0" style="max-width: 40rem"></ms-breathing-pacer>
  <div style="height: 400vh"></div>
  <script type="module">
    const el = document.querySelector('ms-breathing-pacer');
    const log = (window.__log = []);
    for (const type of ['phase', 'pause', 'resume']) {
      el.addEventListener('ms-breathing-' + type, (e) => {
        const entry = {type, at: performance.now(), detail: e.detail};
        log.push(entry);
        // When the shape's animation for this phase really started (document timeline = performance.now()).
        // getAnimations() costs a style update, so this is off while main-thread time is measured.
        const animation = type === 'phase' && window.__trackShape && el.shadowRoot.getAnimations()[0];
        if (animation) animation.ready.then(() => (entry.shape = animation.startTime));
      });
    }
    // Headless Chromium keeps every page visible (even a minimised window), so
    // hiding is simulated the way a browser reports it: visibilityState + event.
    window.__setHidden = (hidden) => {
      Object.defineProperty(document, 'visibilityState', {value: hidden ? 'hidden' : 'visible', configurable: true});
      Object.defineProperty(document, 'hidden', {value: hidden, configurable: true});
      document.dispatchEvent(new Event('visibilitychange'));
    };
  </script>
  <script type="module" src="/pacer.js"></script>
</body>
</html>`;

/** The cheapest smooth animation there is: one compositor animation, no script, for comparison. */
const REFERENCE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>reference</title></head>
<body><div id="shape" style="width: 240px; height: 240px; border-radius: 50%; border: 3px solid #1a5a96; background: #dfe7ef"></div>
<script>
  shape.animate([{transform: 'scale(0.55)'}, {transform: 'none'}], {duration: 4000, iterations: Infinity, direction: 'alternate', easing: 'ease-in-out'});
</script></body></html>`;

async function bundle() {
  const result = await build({
    entryPoints: [`${root}src/widgets/breathing-pacer/define.ts`],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    tsconfig: `${root}tsconfig.json`,
    logLevel: 'warning',
  });
  return result.outputFiles[0].contents;
}

function serve(code) {
  const server = createServer((req, res) => {
    if (req.url === '/pacer.js') {
      res.writeHead(200, {'content-type': 'text/javascript'});
      res.end(code);
    } else if (req.url === '/reference') {
      res.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
      res.end(REFERENCE);
    } else if (req.url === '/' || req.url === '/index.html') {
      res.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
      res.end(PAGE);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Frames in a trace: drawn by the compositor, and begun on the page's main thread. */
function countFrames(trace) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const rendererPids = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => e.pid));
  let drawn = 0;
  let main = 0;
  for (const e of events) {
    if (e.name === 'DrawFrame' && (e.ph === 'X' || e.ph === 'B' || e.ph === 'b' || e.ph === 'n' || e.ph === 'I')) drawn++;
    if (e.name === 'BeginMainThreadFrame' && rendererPids.has(e.pid)) main++;
  }
  return {drawn, main};
}

/** Runs the benchmark; returns rows of {name, value, unit}. */
export async function benchPacer({json = false, seconds = 18, calmSeconds = 12, quiet = false} = {}) {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH (see scripts/browser.mjs).');
  const server = await serve(await bundle());
  const browser = await chromium.launch({executablePath, headless: true, args: CHROMIUM_ARGS});
  try {
    const page = await browser.newPage({viewport: {width: 800, height: 900}});
    const {port} = server.address();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => document.querySelector('ms-breathing-pacer')?.shadowRoot?.querySelector('.stage'));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    /** Main-thread time so far in ms: wall time of its tasks, and CPU time of the thread. */
    const taskTime = async () => {
      const {metrics} = await cdp.send('Performance.getMetrics');
      const get = (name) => metrics.find((m) => m.name === name).value * 1000;
      return {
        wall: get('TaskDuration'),
        cpu: get('ThreadTime'),
        work: get('ScriptDuration') + get('RecalcStyleDuration') + get('LayoutDuration'),
      };
    };
    const perMinute = (a, b, minutes) => ({
      wall: (b.wall - a.wall) / minutes,
      cpu: (b.cpu - a.cpu) / minutes,
      work: (b.work - a.work) / minutes,
    });
    const traced = async (ms) => {
      await browser.startTracing(page, {
        categories: ['disabled-by-default-devtools.timeline.frame', 'devtools.timeline', 'viz', 'cc'],
      });
      await wait(ms);
      return countFrames(await browser.stopTracing());
    };
    const rows = [];
    const row = (name, value, unit) => rows.push({name, value: Math.round(value * 100) / 100, unit});
    const pacer = (call) => page.evaluate((call) => document.querySelector('ms-breathing-pacer')[call](), call);
    /** Boundaries are only scored while nothing else (tracing, scrolling) loads the page. */
    const mark = (clean) => page.evaluate((clean) => window.__log.push({type: 'mark', clean}), clean);

    await wait(500);

    // 1. The default pattern (calm, 4 s in, 6 s out): main-thread time per minute of breathing.
    await pacer('start');
    await wait(1000); // past the first render and first compilations
    const calm0 = await taskTime();
    const calmWall0 = Date.now();
    await wait(calmSeconds * 1000);
    const calm = perMinute(calm0, await taskTime(), (Date.now() - calmWall0) / 60000);
    await pacer('stop');

    // 2. The page with the widget stopped, for comparison.
    await wait(500);
    const idle0 = await taskTime();
    await wait(2000);
    const idle = perMinute(idle0, await taskTime(), 2 / 60);

    // 3. Short phases (1 s in, 1 s out) for many boundaries, with a hidden-page pause in the middle.
    await page.evaluate(() => {
      const el = document.querySelector('ms-breathing-pacer');
      el.setAttribute('inhale', '1');
      el.setAttribute('exhale', '1');
      el.setAttribute('minutes', '0');
      window.__log.length = 0;
    });
    await mark(true);
    await page.evaluate(() => (window.__trackShape = true));
    await pacer('start');
    const half = Math.round((seconds * 1000) / 2);
    await wait(half);
    await mark(false);
    const onscreen = await traced(2000);
    await page.evaluate(() => window.__setHidden(true));
    await wait(300); // the "paused" message is drawn once
    const hidden = await traced(3000);
    await page.evaluate(() => window.__setHidden(false));
    await mark(true);
    await pacer('resume');
    await wait(seconds * 1000 - half);
    await mark(false);
    await page.evaluate(() => (window.__trackShape = false));
    const fast0 = await taskTime();
    const fastWall0 = Date.now();
    await wait(4000);
    const fast = perMinute(fast0, await taskTime(), (Date.now() - fastWall0) / 60000);

    // 4. Off-screen: main-thread time (untraced), then frames (traced).
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await wait(500);
    const off0 = await taskTime();
    const offWall0 = Date.now();
    await wait(4000);
    const off = perMinute(off0, await taskTime(), (Date.now() - offWall0) / 60000);
    const offscreen = await traced(4000);
    await pacer('stop');

    // 5. The reference: a bare compositor animation of the same shape, no script at all.
    const reference = await browser.newPage({viewport: {width: 800, height: 900}});
    await reference.goto(`http://127.0.0.1:${port}/reference`);
    const refCdp = await reference.context().newCDPSession(reference);
    await refCdp.send('Performance.enable');
    const refTime = async () => {
      const {metrics} = await refCdp.send('Performance.getMetrics');
      const get = (name) => metrics.find((m) => m.name === name).value * 1000;
      return {wall: get('TaskDuration'), cpu: get('ThreadTime'), work: 0};
    };
    await wait(500);
    const ref0 = await refTime();
    await wait(6000);
    const ref = perMinute(ref0, await refTime(), 0.1);
    await reference.close();

    // Phase boundaries against the schedule: start + 2 s per breath + 1 s for the exhale + time paused.
    const log = await page.evaluate(() => window.__log);
    const start = log.find((e) => e.type === 'phase').at;
    let paused = 0;
    let pausedAt = 0;
    let clean = true;
    let breaths = 0;
    const errors = [];
    const shapeErrors = [];
    for (const e of log) {
      if (e.type === 'mark') clean = e.clean;
      else if (e.type === 'pause') pausedAt = e.at;
      else if (e.type === 'resume') paused += e.at - pausedAt;
      else if (e.type === 'phase') {
        const {cycle, phase} = e.detail;
        breaths = Math.max(breaths, cycle);
        const scheduled = start + (cycle - 1) * 2000 + (phase === 'exhale' ? 1000 : 0) + paused;
        if (!clean || e.at === start) continue;
        errors.push(Math.abs(e.at - scheduled));
        if (typeof e.shape === 'number') shapeErrors.push(Math.abs(e.shape - scheduled));
      }
    }
    const sorted = [...errors].sort((a, b) => a - b);
    const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
    row('phase boundaries scored', errors.length, `(of ${breaths} breaths, 1 s in + 1 s out, with a hidden-page pause)`);
    row('largest phase-boundary error', pct(1), 'ms (phase event and text vs. start + pattern + pauses)');
    row('95th percentile phase-boundary error', pct(0.95), 'ms');
    row('median phase-boundary error', pct(0.5), 'ms');
    row('largest error, last 10 boundaries', Math.max(...errors.slice(-10)), 'ms (no drift)');
    row('largest shape-animation start error', Math.max(...shapeErrors), `ms (${shapeErrors.length} animations)`);
    row('one frame at 60 Hz', 1000 / 60, 'ms');
    row('main-thread time per minute of breathing', calm.wall, 'ms/min (calm pattern, 4 s in, 6 s out; all main-thread tasks)');
    row('  of which script, style and layout', calm.work, 'ms/min (the widget\'s own work)');
    row('  reference: a bare compositor animation', ref.wall, 'ms/min (same shape, no script: the browser\'s per-frame cost)');
    row('main-thread CPU per minute of breathing', calm.cpu, `ms/min (thread CPU time; reference ${Math.round(ref.cpu)})`);
    row('main-thread time per minute, 1 s phases', fast.wall, `ms/min (a phase change every second; script, style, layout ${Math.round(fast.work)})`);
    row('main-thread time per minute, off-screen', off.wall, `ms/min (1 s phases; script, style, layout ${Math.round(off.work)})`);
    row('main-thread time per minute, stopped', idle.wall, 'ms/min (the same page, nothing running)');
    row('frames drawn on-screen', onscreen.drawn / 2, 'per s (the compositor animates the shape)');
    row('main-thread frames on-screen', onscreen.main / 2, 'per s (1 s phases)');
    row('frames drawn while off-screen', offscreen.drawn, 'in 4 s');
    row('main-thread frames while off-screen', offscreen.main, 'in 4 s (the screen reader announcement at each phase)');
    row('frames drawn while hidden', hidden.drawn, 'in 3 s (paused)');
    row('main-thread frames while hidden', hidden.main, 'in 3 s');

    if (quiet) return rows;
    if (json) console.log(JSON.stringify(rows, null, 2));
    else console.log(`Breathing pacer (headless Chromium, real clock)\n${table(rows)}`);
    return rows;
  } finally {
    await browser.close();
    server.close();
  }
}

function table(rows) {
  const cells = rows.map((r) => [r.name, String(r.value), r.unit]);
  const widths = [0, 1, 2].map((i) => Math.max(...cells.map((c) => c[i].length)));
  return cells.map((c) => `${c[0].padEnd(widths[0])}  ${c[1].padStart(widths[1])}  ${c[2]}`).join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const secondsArg = process.argv.find((a) => a.startsWith('--seconds='));
  benchPacer({json: process.argv.includes('--json'), seconds: secondsArg ? Number(secondsArg.split('=')[1]) : 18}).catch(
    (error) => {
      console.error(error);
      process.exit(1);
    }
  );
}
