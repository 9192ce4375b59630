/**
 * Size budget: prints minified, gzip and brotli bytes for every CDN file and
 * for each widget as a browser really fetches it through the loader (every
 * script and stylesheet requested until the widget has rendered, measured in
 * headless Chromium, see bench/loaded.mjs), next to its budget and to the
 * figure measured before issue 18 (the baseline). Exits 1 when anything is
 * over budget. `--json` prints the same rows as JSON. Run `npm run build` first.
 */
import {existsSync, readFileSync} from 'node:fs';
import {brotliCompressSync, gzipSync, constants} from 'node:zlib';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, ensureBrowser} from './browser.mjs';
import {measureLoaded} from './bench/loaded.mjs';
import {serve} from './bench/serve.mjs';

const KB = 1024;
export const BUDGETS = {
  bundle: 40 * KB, // ms-widgets.js, all widgets, English, gzip
  loader: 2 * KB, // loader.js alone, gzip
  loaderWidget: 12 * KB, // loader + everything it fetches until one widget has rendered, gzip
  language: 12 * KB, // each language file (one per widget and language), gzip
  stylesheet: 3 * KB, // ms-widgets.css, the optional reserve-space stylesheet
};

/**
 * Loader + one widget until it has rendered: 12 KB (issue 18), except the
 * widgets that contain others: the steps guide holds every idea deck and
 * journal prompt, the warning signs and the appointment sheet each show the
 * crisis help.
 */
export const WIDGET_BUDGETS = {
  'ms-coping-steps': 16 * KB,
  'ms-warning-signs': 16 * KB,
  'ms-appointment-prep': 16 * KB,
};

const readJson = (name) => JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8'));

/** Gzip bytes measured before issue 18's work (1 December 2026, main at "Layout: ..."), printed beside today's. */
export const BASELINES = readJson('./size-baselines.json');

/**
 * Issue 18's targets are not all met yet (docs/performance.md says why, with
 * figures). Until they are, npm test holds each row that misses its target to
 * the figure it had when this was written, plus 1.5 %, so nothing grows; a
 * row fails only above its limit. Lower a limit whenever a row shrinks, and
 * delete it once the row meets its target.
 */
export const INTERIM_LIMITS = readJson('./size-limits.json');

const CDN = process.env.CDN_DIR ?? 'dist/cdn';

function measure(files) {
  const code = Buffer.concat(files.map((f) => readFileSync(join(CDN, f))));
  return {
    min: code.length,
    gzip: files.reduce((sum, f) => sum + gzipSync(readFileSync(join(CDN, f)), {level: 9}).length, 0),
    brotli: files.reduce(
      (sum, f) =>
        sum +
        brotliCompressSync(readFileSync(join(CDN, f)), {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
      0
    ),
  };
}

/** Every widget tag, from the manifest. */
function tags() {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  return manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean).sort();
}

/** Loader + each widget, measured in a real browser (files fetched until the widget rendered). */
async function loadedRows(list) {
  const browser = await chromium.launch({executablePath: ensureBrowser(), args: CHROMIUM_ARGS});
  try {
    return await measureLoaded(browser, (pages) => serve(process.cwd(), pages), process.cwd(), list);
  } finally {
    await browser.close();
  }
}

function readManifest(name) {
  const path = join(CDN, '.vite', name);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

/** Every file a manifest entry needs, following static imports. */
function closure(manifest, key, seen = new Set()) {
  const entry = manifest[key];
  if (!entry || seen.has(entry.file)) return seen;
  seen.add(entry.file);
  for (const dep of entry.imports ?? []) closure(manifest, dep, seen);
  return seen;
}

export async function sizeRows() {
  if (!existsSync(join(CDN, 'ms-widgets.js'))) {
    throw new Error('dist/cdn is missing: run "npm run build" first.');
  }
  const rows = [];
  rows.push({name: 'ms-widgets.js (all widgets, English)', ...measure(['ms-widgets.js']), budget: BUDGETS.bundle});
  rows.push({name: 'loader.js', ...measure(['loader.js']), budget: BUDGETS.loader});

  if (existsSync(join(CDN, 'ms-widgets.css'))) {
    rows.push({name: 'ms-widgets.css (reserve space, optional)', ...measure(['ms-widgets.css']), budget: BUDGETS.stylesheet});
  }
  for (const r of await loadedRows(tags())) {
    rows.push({name: `loader + ${r.tag} until rendered`, min: r.min, gzip: r.gzip, brotli: r.brotli, budget: WIDGET_BUDGETS[r.tag] ?? BUDGETS.loaderWidget, files: r.files});
  }

  // Language files: one per language and widget. Each is listed with its
  // widget, plus a line per language for all of its files together.
  const bundleManifest = readManifest('manifest-ms-widgets.json');
  const byLocale = {};
  for (const [key, entry] of Object.entries(bundleManifest ?? {})) {
    const match = key.match(/generated\/locales\/([a-zA-Z-]+)\/([a-z-]+)\.ts$/);
    if (!match) continue;
    const [, locale, group] = match;
    (byLocale[locale] ??= []).push({group, file: entry.file});
  }
  for (const [locale, files] of Object.entries(byLocale).sort()) {
    for (const {group, file} of files.sort((a, b) => a.group.localeCompare(b.group))) {
      rows.push({name: `language ${locale}: ${group}`, ...measure([file]), budget: BUDGETS.language});
    }
    const all = measure(files.map((f) => f.file));
    rows.push({name: `language ${locale}: all widgets (info)`, ...all, budget: Infinity, info: true});
  }
  for (const row of rows) {
    row.target = row.budget;
    row.budget = Math.max(row.target, INTERIM_LIMITS[row.name] ?? 0);
    row.ok = row.gzip <= row.budget;
    row.onTarget = row.gzip <= row.target;
    row.baseline = BASELINES[row.name.replace(/ until rendered$/, '')] ?? null;
  }
  return rows;
}

function table(rows) {
  const fmt = (n) => n.toLocaleString('en-US');
  const head = ['file', 'minified B', 'gzip B', 'brotli B', 'target (gzip) B', 'limit now B', 'before (gzip) B', ''];
  const body = rows.map((r) => [
    r.name,
    fmt(r.min),
    fmt(r.gzip),
    fmt(r.brotli),
    r.info ? '-' : fmt(r.target),
    r.info || r.budget === r.target ? '-' : fmt(r.budget),
    r.baseline == null ? '-' : fmt(r.baseline),
    r.info ? '' : !r.ok ? 'OVER LIMIT' : r.onTarget ? 'ok' : `over target by ${fmt(r.gzip - r.target)}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const rows = await sizeRows();
    if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
    else console.log(`Size budget\n${table(rows)}`);
    const missed = rows.filter((r) => r.ok && !r.onTarget && !r.info);
    if (missed.length) console.log(`${missed.length} rows within their interim limit but over issue 18's target.`);
    const over = rows.filter((r) => !r.ok);
    if (over.length) {
      console.error(`Over budget: ${over.map((r) => r.name).join(', ')}`);
      process.exit(1);
    }
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
