/**
 * `npm run screenshots`: a PNG of every story in light, dark, forced colors,
 * right-to-left, reduced motion and large text (320 px wide, the page's text
 * at 200 %), for people to review (not asserted in CI; test/reader-edges
 * measures large text). Builds Storybook if dist/storybook is missing;
 * writes to .screenshots/.
 *   node scripts/screenshots.mjs [--only=<story id part>] [--width=800] [--mode=large-text]
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync} from 'node:fs';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, ensureBrowser} from './browser.mjs';
import {serve} from './bench/serve.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const only = arg('only', '');
const width = Number(arg('width', '800'));
const onlyMode = arg('mode', '');

if (!existsSync('dist/storybook/index.json')) {
  execFileSync('node', ['scripts/manifest.mjs'], {stdio: 'inherit'});
  execFileSync('npx', ['storybook', 'build', '--quiet', '--disable-telemetry', '-o', 'dist/storybook'], {stdio: 'inherit'});
}
const index = JSON.parse(readFileSync('dist/storybook/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.id.includes(only));

const MODES = {
  light: {globals: 'theme:light'},
  dark: {globals: 'theme:dark'},
  forced: {globals: 'theme:light', forcedColors: 'active'},
  rtl: {globals: 'theme:light;dir:rtl'},
  'reduced-motion': {globals: 'theme:light;motion:reduce', reducedMotion: 'reduce'},
  // WCAG reflow: 320 CSS px wide with the page's text at 200 %.
  'large-text': {globals: 'theme:light', width: 320, rootFontSize: '200%'},
};

mkdirSync('.screenshots', {recursive: true});
const server = await serve('dist/storybook');
const browser = await chromium.launch({executablePath: ensureBrowser(), args: CHROMIUM_ARGS});
const page = await browser.newPage({viewport: {width, height: 800}});
let count = 0;
for (const story of stories) {
  for (const [mode, settings] of Object.entries(MODES)) {
    if (onlyMode && mode !== onlyMode) continue;
    await page.setViewportSize({width: settings.width ?? width, height: 800});
    await page.emulateMedia({forcedColors: settings.forcedColors ?? 'none', reducedMotion: settings.reducedMotion ?? 'no-preference'});
    await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story&globals=${settings.globals}`);
    await page.waitForSelector('#storybook-root *', {timeout: 15000}).catch(() => {});
    if (settings.rootFontSize) {
      await page.evaluate((size) => (document.documentElement.style.fontSize = size), settings.rootFontSize);
    }
    await page.waitForTimeout(400);
    await page.screenshot({path: `.screenshots/${story.id}--${mode}.png`, fullPage: true});
    count++;
  }
}
await browser.close();
server.close();
console.log(`Wrote ${count} screenshots of ${stories.length} stories to .screenshots/`);
