/**
 * The posts the WordPress test publishes: every block (with some settings),
 * shortcodes, and bad input an editor could type. Block comments are written
 * the way the block editor writes them (attribute names in camelCase).
 */

const block = (slug, attrs) =>
  `<!-- wp:ms-numbness-widgets/${slug}${attrs ? ` ${JSON.stringify(attrs).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')}` : ''} /-->`;
const shortcode = (text) => `<!-- wp:shortcode -->\n${text}\n<!-- /wp:shortcode -->`;
const paragraph = (text) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;

/** Settings for some blocks, so their attributes reach the element. */
export const GOOD_SETTINGS = {
  'breathing-pacer': {preset: 'box', minutes: 5, holdIn: 4, reducedMotion: true, headingLevel: 3},
  'support-link': {href: 'https://example.org/therapy', label: 'Trouver un thérapeute'},
  'idea-deck': {topic: 'movement'},
  'coping-steps': {mode: 'all'},
};

/** Bad input: every value here must be dropped (or made harmless) on the way to the page. */
export const BAD_BLOCKS = [
  block('coping-steps', {step: 99, mode: 'sideways', headingLevel: 'three', persist: 'yes', bogus: 'x', heading: '<img src=x onerror=alert(1)>Étapes'}),
  block('support-link', {href: 'javascript:alert(document.domain)', label: 'Bad link'}),
  block('crisis-help', {lineUrl: 'javascript:alert(1)', lineName: '"><script>alert(1)</script>', variant: 'inline', country: 'not a country'}),
];
export const BAD_SHORTCODES = [
  '[ms_widget name="no-such-widget" heading="x"]',
  '[ms_widget name="support-link" href="javascript:alert(1)" heading="Bad"]',
  '[ms_widget name="quotes" mode="<b>one</b>" heading-level="7" onclick="alert(1)"]',
];
/** The shortcode from the README, plus a bare boolean. */
export const GOOD_SHORTCODE = '[ms_widget name="breathing-pacer" minutes="2" hold-in="4" quiet]';

/** Content of the Author's post: every block, then the shortcodes, then the bad input. */
export function authorPost(slugs) {
  return [
    paragraph('Une page de test avec tous les widgets.'),
    ...slugs.map((slug) => block(slug, GOOD_SETTINGS[slug])),
    shortcode(GOOD_SHORTCODE),
    ...BAD_BLOCKS,
    ...BAD_SHORTCODES.map(shortcode),
  ].join('\n\n');
}

/** A classic-editor post (no blocks): wpautop runs, and the shortcode must not end up inside a <p>. */
export const CLASSIC_POST = 'Un texte écrit dans l’éditeur classique.\n\n[ms_widget name="key-points" heading-level="3"]\n\nFin du texte.';

/** An administrator's post with the CDN snippet pasted in a Custom HTML block next to a plugin block. */
export function pastedCdnPost(cdnUrl) {
  return [
    `<!-- wp:html -->\n<script type="module" src="${cdnUrl}"></script>\n<ms-key-points></ms-key-points>\n<!-- /wp:html -->`,
    block('breathing-pacer', {minutes: 3}),
    block('crisis-help'),
  ].join('\n\n');
}

/**
 * Attribute validation, case by case: [widget, what the block or shortcode gave, what reaches the element].
 * Run inside WordPress with the plugin active (clean_attributes in includes/attributes.php).
 */
export const VALIDATION_CASES = [
  ['breathing-pacer', {preset: 'BOX'}, {preset: 'box'}],
  ['breathing-pacer', {preset: 'fast'}, {}],
  ['breathing-pacer', {minutes: ' 5 '}, {minutes: '5'}],
  ['breathing-pacer', {minutes: '5.50'}, {minutes: '5.5'}],
  ['breathing-pacer', {minutes: '1e3'}, {}],
  ['breathing-pacer', {minutes: 'Infinity'}, {}],
  ['breathing-pacer', {minutes: true}, {}],
  ['breathing-pacer', {headingLevel: 2.5}, {}],
  ['breathing-pacer', {headingLevel: '0x3'}, {}],
  ['breathing-pacer', {'heading-level': '6'}, {'heading-level': '6'}],
  ['breathing-pacer', {headinglevel: '4'}, {'heading-level': '4'}],
  ['breathing-pacer', {quiet: 'no', sound: 'yes', vibrate: 'maybe', keepAwake: true}, {sound: true, 'keep-awake': true}],
  ['breathing-pacer', {0: 'quiet', 1: 'nonsense'}, {quiet: true}],
  ['support-link', {href: 'JAVASCRIPT:alert(1)'}, {}],
  ['support-link', {href: ' javascript:alert(1)'}, {}],
  ['support-link', {href: 'java\tscript:alert(1)'}, {}],
  ['support-link', {href: 'data:text/html,<script>alert(1)</script>'}, {}],
  ['support-link', {href: '/relative/page'}, {}],
  ['support-link', {href: 'https://example.org/a?b=1&c=2'}, {href: 'https://example.org/a?b=1&c=2'}],
  ['support-link', {href: 'mailto:help@example.org'}, {href: 'mailto:help@example.org'}],
  ['crisis-help', {lineUrl: 'sms:988'}, {'line-url': 'sms:988'}],
  ['crisis-help', {lineUrl: 'http://example.org/'}, {}],
  ['crisis-help', {country: 'gb'}, {country: 'GB'}],
  ['crisis-help', {country: 'GBR'}, {}],
  ['crisis-help', {linePhone: '116 123', lineName: '<b>Samaritans</b>'}, {'line-phone': '116 123', 'line-name': 'Samaritans'}],
  ['affirmation', {lang: 'fr-CA'}, {lang: 'fr-CA'}],
  ['affirmation', {lang: 'fr_CA'}, {}],
  ['affirmation', {lang: '"><x'}, {}],
  ['affirmation', {heading: '<b>Bonjour</b> toi', dir: 'RTL'}, {heading: 'Bonjour toi', dir: 'rtl'}],
  ['affirmation', {heading: ['an', 'array']}, {}],
  ['affirmation', {heading: '   '}, {}],
  ['affirmation', {theme: 'dark', bogus: 'x', onclick: 'alert(1)'}, {theme: 'dark'}],
  ['idea-deck', {topic: 'Connection'}, {topic: 'connection'}],
  ['coping-steps', {step: 8, mode: 'all'}, {step: '8', mode: 'all'}],
  ['coping-steps', {step: 9}, {}],
];
