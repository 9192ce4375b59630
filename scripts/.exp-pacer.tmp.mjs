import {chromium} from 'playwright-core';
import {findBrowser, CHROMIUM_ARGS} from '/work/main/scripts/browser.mjs';
const browser = await chromium.launch({executablePath: findBrowser(), args: CHROMIUM_ARGS, headless: true});
const context = await browser.newContext();
const page = await context.newPage();
await page.setContent(`<div id=box style="width:100px;height:100px;background:red"></div><script>
document.addEventListener('visibilitychange', () => console.log('vis', document.visibilityState));
document.getElementById('box').animate([{transform:'scale(.5)'},{transform:'none'}], {duration: 1000, iterations: Infinity});
</script>`);
page.on('console', m => console.log('page:', m.text()));
const cdp = await context.newCDPSession(page);
console.log(await page.evaluate(() => document.visibilityState));
// try window minimize
const {windowId} = await cdp.send('Browser.getWindowForTarget');
console.log('window', windowId);
async function countFrames(ms) {
  await browser.startTracing(page, {categories: ['disabled-by-default-devtools.timeline.frame', 'devtools.timeline', 'benchmark', 'cc']});
  await new Promise(r => setTimeout(r, ms));
  const buf = await browser.stopTracing();
  const events = JSON.parse(buf.toString()).traceEvents;
  const counts = {};
  for (const e of events) if (/Frame|Draw|Commit|Paint|Animation/i.test(e.name)) counts[e.name] = (counts[e.name]||0)+1;
  return counts;
}
console.log('visible', await countFrames(1000));
try { await cdp.send('Browser.setWindowBounds', {windowId, bounds: {windowState: 'minimized'}}); } catch (e) { console.log('min failed', e.message); }
await new Promise(r => setTimeout(r, 300));
console.log(await page.evaluate(() => document.visibilityState));
console.log('minimized', await countFrames(1000));
await cdp.send('Browser.setWindowBounds', {windowId, bounds: {windowState: 'normal'}});
await new Promise(r => setTimeout(r, 300));
console.log(await page.evaluate(() => document.visibilityState));
const metrics = await cdp.send('Performance.enable').then(() => cdp.send('Performance.getMetrics'));
console.log(metrics.metrics.map(m => m.name).join(' '));
await browser.close();
