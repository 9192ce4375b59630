/**
 * The three browser engines the suite runs in, and the one wtr plugin that
 * drives each of them the same way (used by test/commands.ts).
 *
 *   chromium  Debian's chromium through @web/test-runner-playwright (CDP)
 *   firefox   Debian's firefox-esr through @web/test-runner-puppeteer (WebDriver BiDi)
 *   webkit    WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver classic)
 *             and @web/test-runner-webdriver, under xvfb-run (MiniBrowser has no
 *             headless mode)
 *
 * Nothing here downloads a browser: every binary comes from Debian packages
 * (scripts/browser.mjs finds them, and installs them as root on Debian).
 */
import {spawn} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {CHROMIUM_ARGS, findBrowser} from './browser.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/**
 * One test page at a time in Firefox and WebKit: a second page in Firefox is a
 * background tab (throttled timers, no focus), and WebKit's webdriver launcher
 * can only send mouse and key actions with one session.
 */
export const CONCURRENCY = {chromium: 2, firefox: 1, webkit: 1};

/** Key names every test may use, as WebDriver key codes. */
const WEBDRIVER_KEYS = {
  Tab: '\uE004', Enter: '\uE007', Space: ' ', Escape: '\uE00C', Backspace: '\uE003', Delete: '\uE017',
  Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Meta: '\uE03D',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015',
  Home: '\uE011', End: '\uE010', PageUp: '\uE00E', PageDown: '\uE00F',
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port, child) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not start within 10 s');
}

/** Starts WebKitWebDriver in its own virtual X display; stops it when wtr exits. */
export async function startWebKitDriver(driverPath) {
  const port = await freePort();
  const child = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', driverPath, `--port=${port}`, '--host=127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (stop(), process.exit(1)));
  await waitForDriver(port, child);
  return port;
}

/** Firefox preferences: downloads go straight to a temporary folder, no panel, no focus theft. */
function firefoxPrefs() {
  const dir = mkdtempSync(join(tmpdir(), 'ms-downloads-'));
  return {
    'browser.download.folderList': 2,
    'browser.download.dir': dir,
    'browser.download.useDownloadDir': true,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.panel.shown': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': true,
    'browser.helperApps.neverAsk.saveToDisk': 'text/plain,text/calendar,text/html,application/octet-stream,application/json',
    'browser.download.manager.showWhenStarting': false,
    'browser.download.manager.focusWhenStarting': false,
    'browser.tabs.remote.autostart': true,
    // The engine's own animation, caret blink and smooth scrolling stay out of the measurements.
    'general.smoothScroll': false,
    'ui.caretBlinkTime': -1,
  };
}

/**
 * A Puppeteer page whose setViewport() works in a Firefox that lacks
 * `emulation.setScreenOrientationOverride` (Debian's firefox-esr 140.12, December 2026):
 * Puppeteer 24 sends it beside `browsingContext.setViewport`, which the page
 * does take, and fails as a whole. The tests never need the screen's orientation.
 */
export function tolerantViewport(page) {
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!/setScreenOrientationOverride/.test(String(error?.message))) throw error;
    }
  };
  return page;
}

/** The wtr launcher for one engine. Paths come from scripts/browser.mjs. */
export async function launcherFor(engine) {
  const executablePath = findBrowser(engine);
  if (!executablePath) {
    throw new Error(`No ${engine} found: run "npm test" (it installs one on Debian as root) or see scripts/browser.mjs.`);
  }
  if (engine === 'chromium') {
    const {playwrightLauncher} = await import('@web/test-runner-playwright');
    return playwrightLauncher({product: 'chromium', launchOptions: {executablePath, headless: true, args: CHROMIUM_ARGS}});
  }
  if (engine === 'firefox') {
    const {puppeteerLauncher} = await import('@web/test-runner-puppeteer');
    return puppeteerLauncher({
      concurrency: CONCURRENCY.firefox,
      launchOptions: {browser: 'firefox', executablePath, headless: true, extraPrefsFirefox: firefoxPrefs()},
      createPage: async ({browser}) => tolerantViewport(await browser.newPage()),
    });
  }
  if (engine === 'webkit') {
    const {webdriverLauncher} = await import('@web/test-runner-webdriver');
    const port = await startWebKitDriver(executablePath.driver);
    return webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {binary: executablePath.browser, args: ['--automation']},
      },
    });
  }
  throw new Error(`Unknown engine "${engine}": use one of ${ENGINES.join(', ')}.`);
}

/** Splits "Shift+Tab" into modifiers and the key (a lone "+" stays a key). */
function splitChord(press) {
  const parts = press.length > 1 ? press.split('+') : [press];
  return {modifiers: parts.slice(0, -1), key: parts.at(-1)};
}

async function webdriverKeys(driver, keys) {
  // One action per key: WebKitWebDriver drops a repeated key inside one action list.
  for (const key of keys) {
    await driver.performActions([{type: 'key', id: 'keyboard', actions: [{type: 'keyDown', value: key}, {type: 'keyUp', value: key}]}]);
  }
  await driver.releaseActions();
}

async function webdriverChord(driver, modifiers, key) {
  const actions = [
    ...modifiers.map((m) => ({type: 'keyDown', value: m})),
    {type: 'keyDown', value: key},
    {type: 'keyUp', value: key},
    ...modifiers.reverse().map((m) => ({type: 'keyUp', value: m})),
  ];
  await driver.performActions([{type: 'key', id: 'keyboard', actions}]);
  await driver.releaseActions();
}

const wdKey = (name) => {
  const code = WEBDRIVER_KEYS[name] ?? (name.length === 1 ? name : undefined);
  if (!code) throw new Error(`Key "${name}" has no WebDriver code: add it to WEBDRIVER_KEYS in scripts/engines.mjs.`);
  return code;
};

/**
 * wtr commands behind test/commands.ts:
 *   ms-engine               -> 'chromium' | 'firefox' | 'webkit'
 *   ms-keys {type|press}    keys every driver accepts ("Space", "Shift+Tab" work everywhere)
 *   ms-viewport {width,height} -> {width, height} the engine really reached
 *   ms-media {...}          native media emulation (Chromium only; returns false elsewhere)
 */
export function engineCommandsPlugin(engine) {
  return {
    name: 'ms-engine-commands',
    async executeCommand({command, payload, session}) {
      if (!command.startsWith('ms-')) return undefined;
      const browser = session.browser;
      if (command === 'ms-engine') return engine;

      if (command === 'ms-keys') {
        if (browser.type === 'webdriver') {
          const driver = browser.driver;
          if ('type' in payload) await webdriverKeys(driver, [...payload.type].map((c) => (c === '\n' ? WEBDRIVER_KEYS.Enter : c)));
          else {
            const {modifiers, key} = splitChord(payload.press);
            if (modifiers.length) await webdriverChord(driver, modifiers.map(wdKey), wdKey(key));
            else await webdriverKeys(driver, [wdKey(key)]);
          }
          return true;
        }
        const page = browser.getPage(session.id);
        if ('type' in payload) {
          await page.keyboard.type(payload.type);
          return true;
        }
        const {modifiers, key: name} = splitChord(payload.press);
        // Puppeteer calls the space bar ' ' (Playwright and the tests say 'Space').
        const key = browser.type === 'puppeteer' && name === 'Space' ? ' ' : name;
        for (const m of modifiers) await page.keyboard.down(m);
        await page.keyboard.press(key);
        for (const m of modifiers.reverse()) await page.keyboard.up(m);
        return true;
      }

      if (command === 'ms-viewport') {
        const {width, height} = payload;
        if (browser.type === 'webdriver') {
          const driver = browser.driver;
          // The window includes MiniBrowser's own frame: size it, measure the page, correct once.
          await driver.setWindowRect(null, null, width, height);
          const inner = await driver.execute('return [innerWidth, innerHeight]');
          await driver.setWindowRect(null, null, width + (width - inner[0]), height + (height - inner[1]));
          const [w, h] = await driver.execute('return [innerWidth, innerHeight]');
          return {width: w, height: h};
        }
        const page = browser.getPage(session.id);
        if (browser.type === 'playwright') await page.setViewportSize({width, height});
        else await page.setViewport({width, height});
        return {width, height};
      }

      if (command === 'ms-media') {
        if (browser.type !== 'playwright') return false;
        const page = browser.getPage(session.id);
        await page.emulateMedia(payload);
        return true;
      }
      return undefined;
    },
  };
}
