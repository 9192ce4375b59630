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

/** An administrator's post with the CDN snippet pasted in a Custom HTML block next to a plugin block. */
export function pastedCdnPost(cdnUrl) {
  return [
    `<!-- wp:html -->\n<script type="module" src="${cdnUrl}"></script>\n<ms-key-points></ms-key-points>\n<!-- /wp:html -->`,
    block('breathing-pacer', {minutes: 3}),
    block('crisis-help'),
  ].join('\n\n');
}
