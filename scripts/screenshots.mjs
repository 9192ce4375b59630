/**
 * `npm run screenshots`: a PNG of every story in light, dark, forced colors,
 * right-to-left and reduced motion, for people to review (not asserted in CI).
 * Builds Storybook if dist/storybook is missing; writes to .screenshots/.
 *   node scripts/screenshots.mjs [--only=<story id part>] [--width=800]
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync} from 'node:fs';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, ensureBrowser} from './browser.mjs';
import {serve} from './bench/serve.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const only = arg('only', '');
const width = Number(arg('width', '800'));

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
};

mkdirSync('.screenshots', {recursive: true});
const server = await serve('dist/storybook');
const browser = await chromium.launch({executablePath: ensureBrowser(), args: CHROMIUM_ARGS});
const page = await browser.newPage({viewport: {width, height: 800}});
let count = 0;
for (const story of stories) {
  for (const [mode, settings] of Object.entries(MODES)) {
    await page.emulateMedia({forcedColors: settings.forcedColors ?? 'none', reducedMotion: settings.reducedMotion ?? 'no-preference'});
    await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story&globals=${settings.globals}`);
    await page.waitForSelector('#storybook-root *', {timeout: 15000}).catch(() => {});
    await page.waitForTimeout(400);
    await page.screenshot({path: `.screenshots/${story.id}--${mode}.png`, fullPage: true});
    count++;
  }
}
await browser.close();
server.close();
console.log(`Wrote ${count} screenshots of ${stories.length} stories to .screenshots/`);
