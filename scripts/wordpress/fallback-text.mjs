/**
 * The text the WordPress plugin prints inside each element before JavaScript
 * runs: the widget's own heading and first line, in every language, and the
 * crisis help's numbers for every country. It is read from the built widgets
 * themselves (dist/cdn) in headless Chromium, so it always says what the
 * widget says, in the widget's own translations.
 */
import {readFileSync, readdirSync, existsSync} from 'node:fs';
import {extname, join, normalize} from 'node:path';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS} from '../browser.mjs';

const ORIGIN = 'http://fallback.invalid';

/** Languages of the CDN build: English plus one folder per translation. */
export function cdnLanguages(cdnDir) {
  const dir = join(cdnDir, 'locales');
  const translated = existsSync(dir) ? readdirSync(dir).filter((d) => /^[a-z]{2,3}(-[A-Za-z]+)?$/.test(d)) : [];
  return ['en', ...translated.sort()];
}

/** Runs in the page: heading, first line and (for some widgets) the link of one rendered widget. */
function readWidget(el) {
  const clean = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const root = el.shadowRoot;
  if (!root) return null;
  const heading = root.querySelector('[part~="heading"], h1, h2, h3, h4, h5, h6');
  const visible = (node) => node.getClientRects().length > 0 && !node.closest('[hidden]');
  // The first visible line of text that says something (not a lead-in such as "You might describe it like this:").
  const line = [...root.querySelectorAll('p, li')].find(
    (node) => clean(node) && !/[:：]$/.test(clean(node)) && visible(node) && !heading?.contains(node) && !node.querySelector('p, li')
  );
  // The link text of a widget that is itself a link to the host's service (the support link).
  const link = el.hasAttribute('href') ? root.querySelector('a[part~="link"]') : null;
  return {heading: clean(heading), summary: clean(line), ...(link ? {link: clean(link)} : {})};
}

/** Runs in the page: the crisis help as paragraphs and rows of call/text links. */
function readCrisis(el) {
  const clean = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const base = el.shadowRoot?.querySelector('[part~="base"]') ?? el.shadowRoot;
  const blocks = [];
  for (const p of base?.querySelectorAll('p') ?? []) {
    if (p.closest('[hidden]')) continue;
    // Dates a number was checked are for the live widget; the note on which country stays.
    if (p.classList.contains('small') && !p.matches('[part~="note"]')) continue;
    const links = [...p.querySelectorAll('a[href]')].filter((a) => /^(tel|sms|https):/.test(a.getAttribute('href')));
    if (links.length) blocks.push({links: links.map((a) => ({href: a.getAttribute('href'), text: clean(a)}))});
    else if (clean(p)) blocks.push(p.classList.contains('name') ? {name: clean(p)} : {text: clean(p)});
  }
  return blocks;
}

function contentType(path) {
  return {'.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html'}[extname(path)] ?? 'text/plain';
}

/**
 * Renders every widget in every language (and the crisis help for every
 * country) and returns
 *   {languages, widgets: {tag: {lang: {heading, summary, link?}}},
 *    variants: {tag: {attribute: {keyword: {lang: {heading, summary}}}}}, crisis: {lang: {country: blocks}}}
 * where the country '' is what the crisis help shows when it knows no number.
 */
export async function readFallbackText({cdnDir, browserPath, widgets, countries}) {
  const languages = cdnLanguages(cdnDir);
  // The support link renders nothing without a link, so it gets one here.
  const extra = {'ms-support-link': ' href="https://example.invalid/"'};
  const items = [];
  // Keywords that can change a widget's heading or first line (an idea deck's topic, a mode).
  const variants = (w) =>
    w.attributes.filter((a) => a.kind === 'enum' && !['theme', 'dir'].includes(a.name)).flatMap((a) => a.values.filter((v) => v !== a.default).map((value) => ({attr: a.name, value})));
  for (const lang of languages) {
    for (const w of widgets) {
      items.push({kind: 'widget', tag: w.tag, lang, html: `<${w.tag} lang="${lang}"${extra[w.tag] ?? ''}></${w.tag}>`});
      for (const {attr, value} of variants(w)) {
        items.push({kind: 'variant', tag: w.tag, lang, attr, value, html: `<${w.tag} lang="${lang}" ${attr}="${value}"${extra[w.tag] ?? ''}></${w.tag}>`});
      }
    }
    for (const country of ['', ...countries]) {
      // "ZZ" is no country: the crisis help then shows its advice without numbers.
      items.push({kind: 'crisis', lang, country, html: `<ms-crisis-help lang="${lang}" country="${country || 'ZZ'}"></ms-crisis-help>`});
    }
  }
  const page = `<!doctype html><html lang="en"><body>${items.map((it, i) => it.html.replace('>', ` data-i="${i}">`)).join('\n')}
<script type="module" src="/loader.js"></script></body></html>`;

  const browser = await chromium.launch({executablePath: browserPath, args: ['--headless', ...CHROMIUM_ARGS]});
  try {
    const context = await browser.newContext();
    await context.route(`${ORIGIN}/**`, (route) => {
      const path = decodeURIComponent(new URL(route.request().url()).pathname);
      if (path === '/') return route.fulfill({contentType: 'text/html', body: page});
      const file = normalize(join(cdnDir, path));
      if (!file.startsWith(normalize(cdnDir)) || !existsSync(file)) return route.fulfill({status: 404, body: ''});
      return route.fulfill({contentType: contentType(file), body: readFileSync(file)});
    });
    const tab = await context.newPage();
    const problems = [];
    tab.on('pageerror', (error) => problems.push(error.message));
    tab.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await tab.goto(`${ORIGIN}/`);
    const results = await tab.evaluate(
      async ({tags, readWidgetSource, readCrisisSource}) => {
        const readOne = new Function(`return (${readWidgetSource})`)();
        const readHelp = new Function(`return (${readCrisisSource})`)();
        await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
        const all = [...document.querySelectorAll('[data-i]')];
        await Promise.all(all.map((el) => el.updateComplete));
        return all.map((el) => (el.localName === 'ms-crisis-help' && el.getAttribute('country') ? readHelp(el) : null) ?? readOne(el));
      },
      {tags: widgets.map((w) => w.tag), readWidgetSource: readWidget.toString(), readCrisisSource: readCrisis.toString()}
    );
    if (problems.length) throw new Error(`The widgets reported errors while rendering: ${problems.join(' | ')}`);

    const out = {languages, widgets: {}, variants: {}, crisis: {}};
    items.forEach((it, i) => {
      if (it.kind === 'widget') ((out.widgets[it.tag] ??= {})[it.lang] = results[i]);
      else if (it.kind === 'crisis') ((out.crisis[it.lang] ??= {})[it.country] = results[i]);
    });
    // A keyword's text is kept only where it differs from the widget's default text.
    items.forEach((it, i) => {
      if (it.kind !== 'variant') return;
      const base = out.widgets[it.tag][it.lang];
      if (results[i].heading === base.heading && results[i].summary === base.summary) return;
      (((out.variants[it.tag] ??= {})[it.attr] ??= {})[it.value] ??= {})[it.lang] = results[i];
    });
    // The crisis help's own entry (heading and first line) comes from its card render above.
    return out;
  } finally {
    await browser.close();
  }
}
