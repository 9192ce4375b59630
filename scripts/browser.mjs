/**
 * Finds the browsers for the tests, benchmarks and screenshots: Chromium,
 * Firefox and WebKit (WebKitGTK's WebKitWebDriver + MiniBrowser).
 * Order: the engine's environment variable ($CHROME_PATH, $FIREFOX_PATH,
 * $WEBKIT_DRIVER_PATH / $MINIBROWSER_PATH), then the usual Debian paths.
 * `ensureBrowser(engine)` installs the engine's Debian packages when it is
 * missing and we are root on Debian; otherwise it fails with one line saying
 * what to do. Nothing here downloads a browser from anywhere else.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';

const CANDIDATES = {
  chromium: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  firefox: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
  webkit: ['/usr/bin/WebKitWebDriver'],
};
const ENV = {chromium: 'CHROME_PATH', firefox: 'FIREFOX_PATH', webkit: 'WEBKIT_DRIVER_PATH'};
/** Debian packages per engine (xvfb + xauth: MiniBrowser has no headless mode). */
const PACKAGES = {chromium: ['chromium'], firefox: ['firefox-esr'], webkit: ['webkit2gtk-driver', 'xvfb', 'xauth']};
const NEEDS = {chromium: [], firefox: [], webkit: ['/usr/bin/xvfb-run', '/usr/bin/xauth']};

/** MiniBrowser, the browser WebKitWebDriver starts (in libwebkit2gtk-4.1-0). */
export function findMiniBrowser() {
  if (process.env.MINIBROWSER_PATH) return existsSync(process.env.MINIBROWSER_PATH) ? process.env.MINIBROWSER_PATH : null;
  for (const lib of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib']) {
    let names = [];
    try {
      names = readdirSync(lib).filter((n) => /^webkit(2)?gtk-[\d.]+$/.test(n));
    } catch {
      continue;
    }
    for (const name of names.sort().reverse()) {
      if (existsSync(`${lib}/${name}/MiniBrowser`)) return `${lib}/${name}/MiniBrowser`;
    }
  }
  return null;
}

/**
 * The engine's binary: Chromium's or Firefox's executable, or for WebKit
 * `{driver, browser}` (WebKitWebDriver and MiniBrowser). null when missing.
 */
export function findBrowser(engine = 'chromium') {
  const fromEnv = process.env[ENV[engine]];
  const path = fromEnv ? (existsSync(fromEnv) ? fromEnv : null) : (CANDIDATES[engine].find((p) => existsSync(p)) ?? null);
  if (!path || !NEEDS[engine].every((p) => existsSync(p))) return null;
  if (engine !== 'webkit') return path;
  const browser = findMiniBrowser();
  return browser ? {driver: path, browser} : null;
}

function isDebian() {
  try {
    return /^(ID|ID_LIKE)=.*debian/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

export function ensureBrowser(engine = 'chromium') {
  const found = findBrowser(engine);
  if (found) return found;
  const variable = ENV[engine];
  if (process.env[variable]) {
    throw new Error(`${variable} is set to "${process.env[variable]}", but no browser is there.`);
  }
  const packages = PACKAGES[engine];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && isDebian()) {
    console.log(`No ${engine} found: installing Debian's ${packages.join(', ')} with apt-get...`);
    const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
    execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env});
    const result = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
      stdio: 'inherit',
      env,
    });
    if (result.status === 0 && findBrowser(engine)) return findBrowser(engine);
  }
  throw new Error(
    `No ${engine} found. Install it (Debian/Ubuntu: "sudo apt-get install ${packages.join(' ')}") or set ${variable} to its binary.`
  );
}

/** Flags for a headless Chromium on a machine without network access. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const engines = process.argv.slice(2);
    for (const engine of engines.length ? engines : ['chromium']) { const found = ensureBrowser(engine); console.log(typeof found === "string" ? found : `${found.driver} ${found.browser}`); }
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
