/**
 * The WordPress plugin on a real, fresh WordPress (Debian's 6.1 packages):
 * a private MariaDB and Apache + mod_php on random ports of 127.0.0.1 (see
 * scripts/wordpress/servers.mjs), the built dist/wordpress/ms-numbness-widgets.zip
 * uploaded and activated in wp-admin, then an Author (signing in with an
 * application password for the REST API, and through the login form for the
 * editor) publishes every block and the shortcodes, and Chromium checks what
 * readers, search engines and editors get. Everything is stopped by pid and
 * removed at the end.
 *
 * Prints one line per check and "wordpress: N passed, N failed" at the end.
 * Skips (0 checks) only when the packages are missing and we are not root;
 * as root (CI) they must be there: .ci/run installs them.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findBrowser} from './browser.mjs';
import {PACKAGES, findPrograms, startWordPress} from './wordpress/servers.mjs';
import {findScriptVectors, readEditor, readEditorPreview, readWidgets} from './wordpress/page-checks.mjs';
import {BAD_BLOCKS, CLASSIC_POST, VALIDATION_CASES, authorPost, pastedCdnPost} from './wordpress/test-content.mjs';
import {headerOnlyMo, serverElements, sortKeys} from './wordpress/test-helpers.mjs';
import {widgetsFromManifest} from './wordpress/widgets.mjs';

const ZIP = resolve('dist/wordpress/ms-numbness-widgets.zip');
const SITE_LOCALE = 'fr_FR';
const SITE_LANG = 'fr-FR';
const COUNTRY = 'CA'; // not the locale's region (FR), so the setting is what decides
const ACCENT = '#6b2c91';
/** Where the README tells editors to load the bundle from; the test serves dist/cdn there. */
const CDN_BASE = `https://cdn.jsdelivr.net/npm/ms-numbness-widgets@${JSON.parse(readFileSync('package.json', 'utf8')).version}/dist/cdn`;
const CDN_URL = `${CDN_BASE}/ms-widgets.js`;
const started = Date.now();

let passed = 0;
let failed = 0;

function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`  ${ok ? '✓' : '✗'} ${name}${ok || !detail ? '' : `\n      ${String(detail).slice(0, 600)}`}`);
}
function finish(code) {
  console.log(`WordPress test: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`wordpress: ${passed} passed, ${failed} failed`);
  process.exit(code ?? (failed ? 1 : 0));
}

const {found: programs, missing} = findPrograms();
const browserPath = findBrowser();
const isRoot = process.getuid?.() === 0;
if (missing.length || !browserPath) {
  const what = [...missing, ...(browserPath ? [] : ['chromium'])].join(', ');
  if (!isRoot) {
    console.log(`SKIPPED: the WordPress test needs ${what} (Debian: apt-get install ${PACKAGES.join(' ')}).`);
    finish(0);
  }
  check('WordPress, MariaDB, Apache, PHP and Chromium are installed', false, `missing: ${what}; .ci/run installs ${PACKAGES.join(' ')}`);
  finish();
}
if (!existsSync(ZIP)) {
  check('the plugin zip was built', false, `${ZIP} is missing: run "npm run build" first`);
  finish();
}

const widgets = widgetsFromManifest(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
const tags = widgets.map((w) => w.tag);
const slugs = widgets.map((w) => w.slug);
const log = (line) => console.log(`  · ${line}`);
/** MS_WIDGETS_WP_SCREENSHOTS=<folder> saves full-page screenshots of what the test saw. */
const shot = async (page, name) => {
  const dir = process.env.MS_WIDGETS_WP_SCREENSHOTS;
  if (dir) await page.screenshot({path: join(dir, `${name}.png`), fullPage: true}).catch(() => {});
};
const section = (name) => console.log(`${name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
let site;
let browser;
const onSignal = async () => {
  await browser?.close().catch(() => {});
  await site?.stop();
  process.exit(1);
};
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);

try {
  site = await startWordPress({programs, log});
  const {url, php, wpDir} = site;
  const passwords = {admin: 'Admin-pass-1-' + Math.random().toString(36).slice(2), author: 'Author-pass-1-' + Math.random().toString(36).slice(2)};
  // A French site has French language files; a header-only one is enough for WordPress to accept the locale.
  mkdirSync(join(wpDir, 'wp-content/languages'), {recursive: true});
  writeFileSync(join(wpDir, `wp-content/languages/${SITE_LOCALE}.mo`), headerOnlyMo(SITE_LOCALE));
  php(`define( 'WP_INSTALLING', true );
require 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install( 'MS widgets test', 'admin', 'admin@example.invalid', false, '', '${passwords.admin}' );`);
  const users = JSON.parse(
    php(`require 'wp-load.php';
update_option( 'WPLANG', '${SITE_LOCALE}' );
switch_theme( 'ms-test-theme' );
$author = wp_insert_user( array( 'user_login' => 'author', 'user_pass' => '${passwords.author}', 'role' => 'author', 'user_email' => 'author@example.invalid' ) );
$a = WP_Application_Passwords::create_new_application_password( $author, array( 'name' => 'ms-widgets-test' ) );
$b = WP_Application_Passwords::create_new_application_password( 1, array( 'name' => 'ms-widgets-test' ) );
echo wp_json_encode( array( 'author' => $a[0], 'admin' => $b[0], 'authorId' => $author ) );`)
  );
  if (isRoot) execFileSync('chown', ['-R', 'www-data:www-data', join(wpDir, 'wp-content')]);
  log(`WordPress installed (locale ${SITE_LOCALE}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const rest = async (who, path, body, query = '') => {
    const response = await fetch(`${url}/?rest_route=${encodeURIComponent(path)}${query}`, {
      method: body ? 'POST' : 'GET',
      headers: {
        Authorization: `Basic ${Buffer.from(`${who}:${users[who]}`).toString('base64')}`,
        'Content-Type': 'application/json',
      },
      body: body && JSON.stringify(body),
    });
    return {status: response.status, json: await response.json().catch(() => null)};
  };

  browser = await chromium.launch({executablePath: browserPath, args: ['--headless', ...CHROMIUM_ARGS]});
  const login = async (user, password) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/wp-login.php`);
    await page.fill('#user_login', user);
    await page.fill('#user_pass', password);
    await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
    return {context, page};
  };

  // --- Install by upload, activate, settings (administrator) ---
  section('Install and settings (administrator)');
  const admin = await login('admin', passwords.admin);
  await admin.page.goto(`${url}/wp-admin/plugin-install.php?tab=upload`);
  await admin.page.setInputFiles('#pluginzip', ZIP);
  await Promise.all([admin.page.waitForURL(/update\.php/), admin.page.click('#install-plugin-submit', {force: true})]);
  const installText = await admin.page.textContent('#wpbody-content');
  check('the zip installs by upload in wp-admin', /Plugin installed successfully/i.test(installText), installText.replace(/\s+/g, ' ').slice(0, 400));
  await Promise.all([admin.page.waitForURL(/plugins\.php/), admin.page.click('a.button-primary[href*="action=activate"]')]);
  const activeRow = await admin.page.locator('tr[data-slug="ms-numbness-widgets"]').getAttribute('class');
  check('the plugin activates', /\bactive\b/.test(activeRow ?? ''), activeRow);

  await admin.page.goto(`${url}/wp-admin/options-general.php?page=ms-numbness-widgets`);
  await admin.page.fill('#ms-widgets-accent', ACCENT);
  await admin.page.selectOption('#ms-widgets-country', COUNTRY);
  await Promise.all([admin.page.waitForURL(/settings-updated=true/), admin.page.click('#submit')]);
  await shot(admin.page, 'settings');
  const saved = JSON.parse(php(`require 'wp-load.php'; echo wp_json_encode( get_option( 'ms_numbness_widgets' ) );`));
  check('Settings → MS widgets saves the brand colour and the default country', saved?.accent === ACCENT && saved?.country === COUNTRY, JSON.stringify(saved));
  const forged = await admin.page.request.post(`${url}/wp-admin/options.php`, {
    form: {option_page: 'ms-numbness-widgets', action: 'update', _wpnonce: 'forged', 'ms_numbness_widgets[accent]': '#ff0000'},
  });
  const afterForged = JSON.parse(php(`require 'wp-load.php'; echo wp_json_encode( get_option( 'ms_numbness_widgets' ) );`));
  check('a settings form without a valid nonce is refused', forged.status() === 403 && afterForged.accent === ACCENT, `status ${forged.status()}, ${JSON.stringify(afterForged)}`);

  // --- The Author publishes every block and the shortcodes through the REST API ---
  section('Author: publish through the REST API (application password)');
  const content = authorPost(slugs);
  const created = await rest('author', '/wp/v2/posts', {title: 'Tous les widgets', content, status: 'publish'});
  check('the Author publishes a post with every block and shortcode', created.status === 201, JSON.stringify(created.json).slice(0, 300));
  const postId = created.json?.id;
  const stored = await rest('author', `/wp/v2/posts/${postId}`, null, '&context=edit');
  const raw = stored.json?.content?.raw ?? '';
  const keptBlocks = slugs.filter((slug) => raw.includes(`<!-- wp:ms-numbness-widgets/${slug}`));
  check('KSES keeps every block comment for the Author (no unfiltered_html)', keptBlocks.length === slugs.length && raw.includes('[ms_widget name="breathing-pacer"'), `kept ${keptBlocks.length}/${slugs.length}`);
  const authorCaps = JSON.parse(php(`require 'wp-load.php'; echo wp_json_encode( user_can( ${users.authorId}, 'unfiltered_html' ) );`));
  check('the Author really lacks unfiltered_html', authorCaps === false, String(authorCaps));

  // --- What a search engine (or a reader without JavaScript) gets ---
  section('Reader without JavaScript');
  const html = await (await fetch(created.json.link)).text();
  if (process.env.MS_WIDGETS_WP_SCREENSHOTS) writeFileSync(join(process.env.MS_WIDGETS_WP_SCREENSHOTS, 'reader.html'), html);
  const loaderTags = html.match(/<script[^>]+assets\/widgets\/loader\.js[^>]*>/g) ?? [];
  check('the widgets\' script is printed once, as a module, with the plugin version', loaderTags.length === 1 && /type="module"/.test(loaderTags[0]) && /ver=\d+\.\d+\.\d+/.test(loaderTags[0]), loaderTags.join(' | ') || 'none');
  check('no CDN: every script comes from the site', !/cdn\.jsdelivr|unpkg\.com/.test(html));
  const fallbackCount = (html.match(/class="ms-widget-fallback"/g) ?? []).length;
  check('each rendered widget holds a fallback (heading and first line) in its light DOM', fallbackCount >= slugs.length, `${fallbackCount} fallbacks`);
  check('the crisis help fallback has the default country\'s numbers as links', /<ms-crisis-help[^>]*country="CA"[^>]*>.*?href="tel:911".*?href="tel:988"/s.test(html));
  const classic = await rest('author', '/wp/v2/posts', {title: 'Classique', content: CLASSIC_POST, status: 'publish'});
  const classicHtml = await (await fetch(classic.json.link)).text();
  check('in a classic-editor post the shortcode renders outside any paragraph', /<ms-key-points[^>]*heading-level="3"/.test(classicHtml) && !/<p>\s*<ms-key-points/.test(classicHtml) && (classicHtml.match(/assets\/widgets\/loader\.js/g) ?? []).length === 1, classicHtml.match(/.{0,80}<ms-key-points.{0,80}/s)?.[0]);
  const helloWorld = await (await fetch(`${url}/?p=1`)).text();
  check('a page without a widget loads no widget script', !/assets\/widgets\/loader\.js/.test(helloWorld));
  const noJs = await browser.newContext({javaScriptEnabled: false});
  const noJsPage = await noJs.newPage();
  await noJsPage.goto(created.json.link);
  const visibleFallbacks = await noJsPage.locator('.ms-widget-fallback h2, .ms-widget-fallback h3').evaluateAll((hs) => hs.filter((h) => h.getClientRects().length).length);
  await shot(noJsPage, 'reader-without-javascript');
  check('without JavaScript the fallback headings are visible', visibleFallbacks >= slugs.length - 1, `${visibleFallbacks} visible`);
  await noJs.close();

  // --- Reader with JavaScript ---
  section('Reader in Chromium');
  const reader = await browser.newContext();
  const page = await reader.newPage();
  const errors = [];
  const requests = [];
  const dialogs = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  await page.goto(created.json.link, {waitUntil: 'load'});
  const seen = await page.evaluate(readWidgets, {tags, ms: 15000});
  await shot(page, 'reader');
  check('every widget is defined', !seen.timedOut && seen.undefinedTags.length === 0, seen.undefinedTags.join(', '));
  const firstOf = (tag) => seen.elements.find((e) => e.tag === tag);
  const empty = tags.filter((t) => !(firstOf(t)?.shadowText.length > 20));
  check('every widget renders (text in its shadow root)', empty.length === 0, `empty: ${empty.join(', ')}`);
  const wrongLang = seen.elements.filter((e) => e.attributes.lang !== SITE_LANG);
  check(`every element gets lang="${SITE_LANG}" from the site locale ${SITE_LOCALE}`, wrongLang.length === 0, wrongLang.map((e) => `${e.tag} lang=${e.attributes.lang}`).join(', '));
  const crisis = firstOf('ms-crisis-help');
  check('the crisis help shows the default country\'s numbers (Canada: 911, 988)', crisis?.shadowLinks.includes('tel:911') && crisis?.shadowLinks.includes('tel:988'), JSON.stringify(crisis?.shadowLinks));
  const mismatched = tags.filter((t) => firstOf(t) && firstOf(t).fallbackHeading !== firstOf(t).shadowHeading);
  check('the fallback heading is the widget\'s own heading, in French', mismatched.length === 0, mismatched.map((t) => `${t}: "${firstOf(t).fallbackHeading}" vs "${firstOf(t).shadowHeading}"`).join('; '));
  const stillShown = seen.elements.filter((e) => e.fallbackShown);
  check('the widget replaces its fallback when it upgrades', stillShown.length === 0, stillShown.map((e) => e.tag).join(', '));
  const pacer = firstOf('ms-breathing-pacer').attributes;
  check('block settings reach the element (camelCase → attributes)', pacer.preset === 'box' && pacer.minutes === '5' && pacer['hold-in'] === '4' && pacer['reduced-motion'] === '' && pacer['heading-level'] === '3', JSON.stringify(pacer));
  check('the brand colour reaches every element', seen.elements.every((e) => (e.attributes.style ?? '').includes(`--ms-accent:${ACCENT}`)), firstOf('ms-affirmation')?.attributes.style);
  const shortPacer = seen.elements.filter((e) => e.tag === 'ms-breathing-pacer')[1]?.attributes ?? {};
  check('the shortcode renders with its attributes (and a bare boolean)', shortPacer.minutes === '2' && shortPacer['hold-in'] === '4' && shortPacer.quiet === '', JSON.stringify(shortPacer));
  const loaderRequests = requests.filter((r) => r.includes('/assets/widgets/loader.js'));
  check('the browser loads the script once', loaderRequests.length === 1, loaderRequests.join(', '));
  const foreign = requests.filter((r) => !r.startsWith(url));
  check('no request leaves the site', foreign.length === 0, foreign.join(', '));
  check('no console errors', errors.length === 0, errors.join(' | '));

  section('Bad input');
  const vectors = await page.evaluate(findScriptVectors);
  check('no javascript: link, event handler or injected script anywhere (light and shadow DOM)', vectors.found.length === 0 && vectors.inlineScripts.length === 0 && dialogs.length === 0, [...vectors.found, ...vectors.inlineScripts, ...dialogs].join(' | '));
  check('an unknown widget name renders nothing for readers', vectors.notices.length === 0 && !html.includes('no-such-widget'), vectors.notices.join(' | '));
  // What the server printed (the upgraded widgets reflect their own defaults into attributes).
  const printed = serverElements(html);
  const nth = (tag, i) => printed.filter((e) => e.tag === tag)[i]?.attributes ?? {};
  const steps = nth('ms-coping-steps', 1);
  check('bad block values are dropped (out of range, unknown keyword, wrong type, unknown attribute)', !('step' in steps) && !('mode' in steps) && !('heading-level' in steps) && !('persist' in steps) && !('bogus' in steps) && steps.heading === 'Étapes', JSON.stringify(steps));
  const badLinks = printed.filter((e) => e.tag === 'ms-support-link').slice(1);
  check('a javascript: link is dropped (block and shortcode)', badLinks.length === 2 && badLinks.every((e) => !('href' in e.attributes)) && !/javascript:/i.test(html), JSON.stringify(badLinks.map((e) => e.attributes)));
  const badCrisis = nth('ms-crisis-help', 1);
  check('crisis help: bad link and bad country dropped, markup kept as plain text', !('line-url' in badCrisis) && badCrisis.country === COUNTRY && badCrisis.variant === 'inline' && !/</.test(badCrisis['line-name'] ?? '') && !/<script>alert/.test(html), JSON.stringify(badCrisis));
  const quotes = nth('ms-quotes', 1);
  check('shortcode: bad keyword, out-of-range number and onclick dropped', !('mode' in quotes) && !('heading-level' in quotes) && !('onclick' in quotes), JSON.stringify(quotes));
  await reader.close();

  // --- The Author sees a notice for the unknown name ---
  const author = await login('author', passwords.author);
  await author.page.goto(created.json.link);
  const authorNotices = await author.page.locator('.ms-widget-notice').allTextContents();
  check('people who can edit the post see a short notice for an unknown widget', authorNotices.length === 1 && authorNotices[0].includes('no-such-widget'), authorNotices.join(' | '));
  const settingsAsAuthor = await author.page.goto(`${url}/wp-admin/options-general.php?page=ms-numbness-widgets`);
  check('an Author cannot open the settings page', settingsAsAuthor.status() === 403, `status ${settingsAsAuthor.status()}`);

  // --- The block editor ---
  section('Block editor (Author)');
  const editor = author.page;
  const editorErrors = [];
  editor.on('pageerror', (e) => editorErrors.push(e.message));
  // WordPress's own requests to other sites (avatars) fail offline; errors from the site itself count.
  editor.on('console', (m) => m.type() === 'error' && (m.location().url ?? '').startsWith(url) && editorErrors.push(`${m.text()} (${m.location().url})`));
  const openEditor = async () => {
    await editor.goto(`${url}/wp-admin/post.php?post=${postId}&action=edit`);
    await editor.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks().length > 0, null, {timeout: 30000});
    await editor.evaluate(() => {
      const ep = window.wp.data.select('core/edit-post');
      if (ep.isFeatureActive('welcomeGuide')) window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
    });
    return editor.evaluate(readEditor);
  };
  let view = await openEditor();
  const ours = view.blocks.filter((b) => b.name.startsWith('ms-numbness-widgets/'));
  check('the published post opens in the editor with every block valid', ours.length === slugs.length + BAD_BLOCKS.length && ours.every((b) => b.isValid), `${ours.length} blocks, invalid: ${ours.filter((b) => !b.isValid).map((b) => b.name).join(', ')}`);
  check('the "MS widgets" category holds every widget', view.category?.title === 'MS widgets' && JSON.stringify(view.types) === JSON.stringify(slugs.map((s) => `ms-numbness-widgets/${s}`).sort()), `${view.category?.title}: ${view.types.length} types`);
  await editor.click('button.edit-post-header-toolbar__inserter-toggle');
  const panel = editor
    .locator('.block-editor-inserter__panel-header', {hasText: 'MS widgets'})
    .locator('xpath=following-sibling::*[contains(@class, "block-editor-inserter__panel-content")][1]');
  await panel.waitFor({timeout: 10000});
  const listed = await panel.locator('.block-editor-block-types-list__item').count();
  check('the inserter lists every widget under "MS widgets"', listed === slugs.length, `${listed} listed`);
  await editor.click('button.edit-post-header-toolbar__inserter-toggle');
  const preview = await editor.evaluate(readEditorPreview, {tag: 'ms-breathing-pacer', ms: 15000});
  await shot(editor, 'editor');
  check('the editor shows the live widget as its preview', preview.found && preview.defined && preview.text.length > 20 && preview.lang === SITE_LANG && preview.loaders === 1, JSON.stringify(preview));

  const pacerBlock = ours.find((b) => b.name === 'ms-numbness-widgets/breathing-pacer');
  await editor.evaluate((id) => {
    window.wp.data.dispatch('core/block-editor').selectBlock(id);
    window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  }, pacerBlock.clientId);
  await editor.getByLabel('Preset', {exact: true}).selectOption('4-7-8');
  await editor.getByLabel('Sound', {exact: true}).check();
  await shot(editor, 'editor-inspector');
  await editor.click('button.editor-post-publish-button');
  await editor.waitForFunction(() => {
    const e = window.wp.data.select('core/editor');
    return !e.isSavingPost() && !e.isEditedPostDirty();
  }, null, {timeout: 20000});
  view = await openEditor();
  const reopened = view.blocks.filter((b) => b.name.startsWith('ms-numbness-widgets/'));
  const savedPacer = reopened.find((b) => b.name === 'ms-numbness-widgets/breathing-pacer');
  check('settings changed in the inspector are saved, and the post reopens with every block valid', reopened.length === ours.length && reopened.every((b) => b.isValid) && savedPacer.attributes.preset === '4-7-8' && savedPacer.attributes.sound === true, JSON.stringify(savedPacer?.attributes));
  const rawAfter = (await rest('author', `/wp/v2/posts/${postId}`, null, '&context=edit')).json?.content?.raw ?? '';
  check('the saved post holds only block comments for the widgets (no markup)', /<!-- wp:ms-numbness-widgets\/breathing-pacer \{[^}]*"preset":"4-7-8"[^}]*\} \/-->/.test(rawAfter) && !/<ms-/.test(rawAfter), rawAfter.slice(0, 300));
  check('no script errors in the editor', editorErrors.length === 0, editorErrors.join(' | '));
  await author.context.close();

  // --- The CDN snippet pasted next to the plugin's blocks (administrator with unfiltered_html) ---
  section('CDN snippet pasted on the same page');
  const pasted = await rest('admin', '/wp/v2/posts', {title: 'Collé', content: pastedCdnPost(CDN_URL), status: 'publish'});
  const cdnContext = await browser.newContext();
  await cdnContext.route(`${CDN_BASE}/**`, (route) => {
    const file = join('dist/cdn', new URL(route.request().url()).pathname.slice(new URL(CDN_BASE).pathname.length));
    return existsSync(file) ? route.fulfill({contentType: 'text/javascript', body: readFileSync(file)}) : route.fulfill({status: 404, body: ''});
  });
  const cdnPage = await cdnContext.newPage();
  const cdnMessages = [];
  cdnPage.on('console', (m) => ['error', 'warning'].includes(m.type()) && cdnMessages.push(`${m.type()}: ${m.text()}`));
  cdnPage.on('pageerror', (e) => cdnMessages.push(e.message));
  await cdnPage.goto(pasted.json.link, {waitUntil: 'load'});
  const both = await cdnPage.evaluate(readWidgets, {tags: ['ms-key-points', 'ms-breathing-pacer', 'ms-crisis-help'], ms: 15000});
  check('a page with the CDN script pasted too keeps working (first copy wins, no errors)', both.undefinedTags.length === 0 && both.elements.every((e) => e.shadowText.length > 20) && cdnMessages.length === 0, cdnMessages.join(' | ') || JSON.stringify(both.undefinedTags));
  await cdnContext.close();

  // --- PHP syntax, validation table, PHP notices, uninstall ---
  section('PHP and uninstall');
  const validated = JSON.parse(
    php(`require 'wp-load.php';
$cases = json_decode( '${JSON.stringify(VALIDATION_CASES).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}', true );
$out = array();
foreach ( $cases as $case ) {
	$out[] = (object) MS_Numbness_Widgets\\clean_attributes( MS_Numbness_Widgets\\widget( $case[0] ), $case[1] );
}
echo wp_json_encode( $out );`)
  );
  const wrong = VALIDATION_CASES.filter(([, , expected], i) => JSON.stringify(sortKeys(validated[i])) !== JSON.stringify(sortKeys(expected)));
  check(`attribute validation gives the expected result in ${VALIDATION_CASES.length} cases`, wrong.length === 0, wrong.map(([slug, raw, expected]) => `${slug} ${JSON.stringify(raw)} → ${JSON.stringify(validated[VALIDATION_CASES.findIndex((c) => c[1] === raw)])}, expected ${JSON.stringify(expected)}`).join('; '));
  const pluginDir = join(wpDir, 'wp-content/plugins/ms-numbness-widgets');
  const phpFiles = [];
  (function walk(dir) {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.php')) phpFiles.push(join(dir, entry.name));
    }
  })(pluginDir);
  const lintFailures = phpFiles.filter((f) => {
    try {
      execFileSync(programs.php, ['-l', f], {stdio: 'pipe'});
      return false;
    } catch {
      return true;
    }
  });
  check(`every PHP file passes php -l (${phpFiles.length} files)`, phpFiles.length > 5 && lintFailures.length === 0, lintFailures.join(', '));
  const debugLog = join(wpDir, 'wp-content/debug.log');
  const ourNotices = existsSync(debugLog) ? readFileSync(debugLog, 'utf8').split('\n').filter((l) => l.includes('ms-numbness-widgets')) : [];
  check('no PHP warnings or notices from the plugin', ourNotices.length === 0, ourNotices.slice(0, 3).join('\n'));

  await admin.page.goto(`${url}/wp-admin/plugins.php`);
  await Promise.all([admin.page.waitForURL(/deactivate=true/), admin.page.click('tr[data-slug="ms-numbness-widgets"] .deactivate a')]);
  admin.page.once('dialog', (d) => d.accept());
  await admin.page.click('tr[data-slug="ms-numbness-widgets"] .delete a');
  await admin.page.waitForSelector('tr.plugin-deleted-tr', {timeout: 20000});
  const left = php(`require 'wp-load.php'; echo wp_json_encode( get_option( 'ms_numbness_widgets', null ) );`).trim();
  check('deleting the plugin removes its options and files', left === 'null' && !existsSync(pluginDir), `option: ${left}, folder ${existsSync(pluginDir) ? 'still there' : 'gone'}`);
  await admin.context.close();
} catch (error) {
  check('the WordPress test ran to the end', false, error.stack ?? error.message);
} finally {
  if (failed && site) console.log(site.logs());
  await browser?.close().catch(() => {});
  await site?.stop();
}
finish();
