/**
 * `npm run screenshots`: a PNG of every story in light, dark, forced colors,
 * right-to-left (in Arabic), reduced motion and large text (320 px wide, the page's text at
 * 200 %; test/reader-edges measures it), for people to review (not asserted in CI),
 * in Chromium, Firefox and WebKit so people can compare the engines.
 * Builds Storybook if dist/storybook is missing; writes to .screenshots/<engine>/.
 *   node scripts/screenshots.mjs [--only=<story id part>] [--width=800] [--engine=chromium,firefox,webkit] [--mode=large-text]
 * Forced colours and reduced motion: Chromium emulates them; Firefox gets its own
 * preferences (browser.display.document_color_use, ui.prefersReducedMotion) in a
 * browser started for that mode; WebKitGTK has neither a forced-colours mode nor a
 * way to set the reduced-motion preference from outside, so those two modes are
 * left out there (said on the console). WebKit shots are of the window, not the full page
 * (WebDriver classic has no full-page screenshot), and its window is at least 447 px
 * wide, so at 320 px the page's root element is held to 320 px instead. Every shot waits
 * until the story's widgets have rendered (a story that does not within 15 s is named on
 * the console).
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync} from 'node:fs';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, ensureBrowser} from './browser.mjs';
import {serve} from './bench/serve.mjs';
import {ENGINES, startWebKitDriver, tolerantViewport} from './engines.mjs';

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
  // A reader on a right-to-left page reads Arabic (English there would put its full stops first).
  rtl: {globals: 'theme:light;locale:ar;dir:rtl'},
  'reduced-motion': {globals: 'theme:light;motion:reduce', reducedMotion: 'reduce'},
  // WCAG reflow: 320 CSS px wide with the page's text at 200 %.
  'large-text': {globals: 'theme:light', width: 320, rootFontSize: '200%'},
};
const modes = Object.entries(MODES).filter(([mode]) => !onlyMode || mode === onlyMode);
/** Sets the page's root font size for the large-text mode (in the page, so every engine can). */
const rootFont = (settings) => `document.documentElement.style.fontSize = ${JSON.stringify(settings.rootFontSize ?? '')}`;

const engines = arg('engine', ENGINES.join(',')).split(',');
const server = await serve('dist/storybook');
const storyUrl = (story, settings) => `${server.url}/iframe.html?id=${story.id}&viewMode=story&globals=${settings.globals}`;
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
/**
 * In the page: whether Storybook shows the story (not its loading spinner) and
 * every widget in it has rendered into its shadow root. An expression, so each
 * engine's driver can evaluate it.
 */
const READY = `(() => {
  const root = document.querySelector('#storybook-root');
  if (!root || !document.body.classList.contains('sb-show-main')) return false;
  const widgets = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('ms-'));
  return widgets.length > 0 && widgets.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0);
})()`;
/** Waits up to 15 s for READY; a story that never gets there is still shot, and named on the console. */
async function waitReady(check, story, engine) {
  for (const end = Date.now() + 15000; Date.now() < end; await pause(100)) {
    if (await check().catch(() => false)) return;
  }
  console.warn(`${engine}: ${story.id} did not finish rendering within 15 s; its screenshot may show Storybook's spinner.`);
}

async function chromiumShots(dir) {
  const browser = await chromium.launch({executablePath: ensureBrowser('chromium'), args: CHROMIUM_ARGS});
  const page = await browser.newPage({viewport: {width, height: 800}});
  let count = 0;
  for (const story of stories) {
    for (const [mode, settings] of modes) {
      await page.setViewportSize({width: settings.width ?? width, height: 800});
      await page.emulateMedia({forcedColors: settings.forcedColors ?? 'none', reducedMotion: settings.reducedMotion ?? 'no-preference'});
      await page.goto(storyUrl(story, settings));
      await waitReady(() => page.evaluate(READY), story, 'chromium');
      await page.evaluate(rootFont(settings));
      await page.waitForTimeout(400);
      await page.screenshot({path: `${dir}/${story.id}--${mode}.png`, fullPage: true});
      count++;
    }
  }
  await browser.close();
  return count;
}

async function firefoxShots(dir) {
  const {default: puppeteer} = await import('puppeteer');
  let count = 0;
  for (const [mode, settings] of modes) {
    const prefs = {};
    if (settings.forcedColors === 'active') prefs['browser.display.document_color_use'] = 2;
    if (settings.reducedMotion === 'reduce') prefs['ui.prefersReducedMotion'] = 1;
    const browser = await puppeteer.launch({browser: 'firefox', executablePath: ensureBrowser('firefox'), headless: true, extraPrefsFirefox: prefs});
    const page = tolerantViewport(await browser.newPage());
    await page.setViewport({width: settings.width ?? width, height: 800});
    for (const story of stories) {
      await page.goto(storyUrl(story, settings));
      await waitReady(() => page.evaluate(READY), story, 'firefox');
      await page.evaluate(rootFont(settings));
      await pause(400);
      await page.screenshot({path: `${dir}/${story.id}--${mode}.png`, fullPage: true});
      count++;
    }
    await browser.close();
  }
  return count;
}

async function webkitShots(dir) {
  const {remote} = await import('webdriverio');
  const found = ensureBrowser('webkit');
  const port = await startWebKitDriver(found.driver);
  const browser = await remote({
    hostname: '127.0.0.1', port, logLevel: 'error',
    capabilities: {browserName: 'MiniBrowser', 'wdio:enforceWebDriverClassic': true, 'webkitgtk:browserOptions': {binary: found.browser, args: ['--automation']}},
  });
  /**
   * Sizes the window so the page is `wide` CSS px wide. MiniBrowser's window is
   * never narrower than about 447 px, so for a narrower mode (large text: 320 px)
   * the page's root element is held to `wide` instead (the widgets use container
   * queries, not viewport ones, so they lay out as in a 320 px window; the
   * shot keeps the blank strip on the right).
   */
  const setPageWidth = async (wide) => {
    await browser.setWindowSize(wide, 900);
    const inner = await browser.execute('return window.innerWidth');
    if (inner < wide) await browser.setWindowSize(2 * wide - inner, 900);
    return (await browser.execute('return window.innerWidth')) > wide;
  };
  let count = 0;
  const webkitModes = modes.filter(([mode, settings]) => {
    const unsupported = settings.forcedColors || settings.reducedMotion;
    if (unsupported) console.log(`webkit: "${mode}" left out (WebKitGTK cannot be put in that mode from outside).`);
    return !unsupported;
  });
  for (const story of stories) {
    for (const [mode, settings] of webkitModes) {
      const wide = settings.width ?? width;
      const tooWide = await setPageWidth(wide);
      await browser.url(storyUrl(story, settings));
      if (tooWide) await browser.execute(`document.documentElement.style.maxInlineSize = '${wide}px'`);
      await waitReady(() => browser.execute(`return ${READY}`), story, 'webkit');
      await browser.execute(rootFont(settings));
      await pause(400);
      await browser.saveScreenshot(`${dir}/${story.id}--${mode}.png`);
      count++;
    }
  }
  await browser.deleteSession();
  return count;
}

const SHOOT = {chromium: chromiumShots, firefox: firefoxShots, webkit: webkitShots};
for (const engine of engines) {
  if (!SHOOT[engine]) throw new Error(`Unknown engine "${engine}": use ${ENGINES.join(', ')}.`);
  const dir = `.screenshots/${engine}`;
  mkdirSync(dir, {recursive: true});
  const count = await SHOOT[engine](dir);
  console.log(`${engine}: wrote ${count} screenshots of ${stories.length} stories to ${dir}/`);
}
server.close();
process.exit(0);
