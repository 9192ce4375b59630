/**
 * Memory and lifecycle: for each widget, create, attach, move and remove
 * 1,000 instances, then collect garbage and report heap growth, and what is
 * left running: timers, animation frames, window/document listeners and
 * animations. Instrumentation is installed before the bundle loads.
 */
const INSTRUMENT = `
  const t = (window.__left = {timeouts: new Set(), intervals: new Set(), frames: new Set(), listeners: new Map()});
  const st = setTimeout, ct = clearTimeout, si = setInterval, ci = clearInterval, raf = requestAnimationFrame, caf = cancelAnimationFrame;
  window.setTimeout = (fn, ms, ...a) => { const id = st(() => { t.timeouts.delete(id); typeof fn === 'function' && fn(...a); }, ms); t.timeouts.add(id); return id; };
  window.clearTimeout = (id) => { t.timeouts.delete(id); ct(id); };
  window.setInterval = (fn, ms, ...a) => { const id = si(fn, ms, ...a); t.intervals.add(id); return id; };
  window.clearInterval = (id) => { t.intervals.delete(id); ci(id); };
  window.requestAnimationFrame = (fn) => { const id = raf((ts) => { t.frames.delete(id); fn(ts); }); t.frames.add(id); return id; };
  window.cancelAnimationFrame = (id) => { t.frames.delete(id); caf(id); };
  for (const target of [window, document]) {
    const add = target.addEventListener, remove = target.removeEventListener;
    target.addEventListener = function (type, fn, o) { const k = type + '|' + (target === window ? 'w' : 'd'); if (fn) t.listeners.set(fn, k); return add.call(this, type, fn, o); };
    target.removeEventListener = function (type, fn, o) { t.listeners.delete(fn); return remove.call(this, type, fn, o); };
  }
`;

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>${INSTRUMENT}</script>
<script type="module" src="/dist/cdn/ms-widgets.js"></script>
</head><body><div id="a"></div><div id="b"></div></body></html>`;

export async function benchMemory(browser, serve, tags, count = 1000) {
  const server = await serve({'/memory': page});
  const rows = [];
  for (const tag of tags) {
    const p = await browser.newPage();
    await p.goto(`${server.url}/memory`);
    await p.waitForFunction((tag) => customElements.get(tag), tag);
    const cdp = await p.context().newCDPSession(p);
    const heap = async () => {
      await p.evaluate(() => window.gc && window.gc());
      await p.evaluate(() => new Promise((r) => setTimeout(r, 50)));
      await p.evaluate(() => window.gc && window.gc());
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    // Warm up once so lazily created shared state is not counted as growth.
    const cycle = (n) =>
      p.evaluate(
        async ({tag, n}) => {
          const a = document.getElementById('a');
          const b = document.getElementById('b');
          for (let i = 0; i < n; i++) {
            const el = document.createElement(tag);
            if (tag === 'ms-support-link') el.setAttribute('href', 'https://example.org/');
            a.append(el);
            await el.updateComplete;
            b.append(el);
            await el.updateComplete;
            el.remove();
          }
          await new Promise((r) => setTimeout(r, 300));
        },
        {tag, n}
      );
    await cycle(20);
    const listenersBefore = await p.evaluate(() => window.__left.listeners.size);
    const before = await heap();
    const started = Date.now();
    await cycle(count);
    const ms = Date.now() - started;
    const after = await heap();
    const left = await p.evaluate(() => ({
      timers: window.__left.timeouts.size + window.__left.intervals.size,
      frames: window.__left.frames.size,
      listeners: window.__left.listeners.size,
      animations: document.getAnimations().length,
    }));
    rows.push({
      widget: tag,
      instances: count,
      ms,
      heapGrowthKB: +((after - before) / 1024).toFixed(1),
      timersLeft: left.timers,
      framesLeft: left.frames,
      listenersLeft: left.listeners - listenersBefore,
      animationsLeft: left.animations,
    });
    await p.close();
  }
  server.close();
  return rows;
}
