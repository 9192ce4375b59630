<?php
/**
 * The widget list (generated at build time from custom-elements.json), the
 * settings, and the page language.
 *
 * @package MS_Numbness_Widgets
 */

namespace MS_Numbness_Widgets;

defined( 'ABSPATH' ) || exit;

/**
 * Everything the build generated: widgets with typed attributes, fallback text
 * per language, crisis numbers per country, the languages and countries.
 *
 * @return array<string, mixed>
 */
function data(): array {
	static $data = null;
	if ( null === $data ) {
		$file = __DIR__ . '/widgets-data.php';
		// The source folder has no generated data: nothing is registered until `npm run build` made it.
		$data = file_exists( $file ) ? require $file : array();
		$data += array(
			'languages' => array( 'en' ),
			'themes'    => array(),
			'countries' => array(),
			'widgets'   => array(),
			'crisis'    => array(),
		);
	}
	return $data;
}

/**
 * One widget by its slug (the tag without "ms-"), or null.
 *
 * @param string $slug For example "breathing-pacer".
 * @return array<string, mixed>|null
 */
function widget( string $slug ): ?array {
	$widgets = data()['widgets'];
	return isset( $widgets[ $slug ] ) ? $widgets[ $slug ] : null;
}

/**
 * The saved settings, each one checked again (an option can be edited outside the settings page).
 *
 * @return array{accent: string, theme: string, country: string}
 */
function settings(): array {
	$saved = get_option( OPTION, array() );
	$saved = is_array( $saved ) ? $saved : array();
	$accent = isset( $saved['accent'] ) ? sanitize_hex_color( (string) $saved['accent'] ) : '';
	$theme = isset( $saved['theme'] ) ? (string) $saved['theme'] : '';
	$country = isset( $saved['country'] ) ? strtoupper( (string) $saved['country'] ) : '';
	return array(
		'accent'  => $accent ? $accent : '',
		'theme'   => in_array( $theme, data()['themes'], true ) ? $theme : '',
		'country' => preg_match( '/^[A-Z]{2}$/', $country ) ? $country : '',
	);
}

/**
 * A WordPress locale as a language tag: "en_GB" -> "en-GB", "de_DE_formal" -> "de-DE".
 *
 * @param string $locale A WordPress locale.
 */
function locale_to_lang( string $locale ): string {
	$parts = explode( '_', $locale );
	$lang = strtolower( array_shift( $parts ) );
	if ( ! preg_match( '/^[a-z]{2,3}$/', $lang ) ) {
		return 'en';
	}
	foreach ( $parts as $part ) {
		if ( preg_match( '/^[A-Za-z]{4}$/', $part ) ) {
			$lang .= '-' . ucfirst( strtolower( $part ) );
		} elseif ( preg_match( '/^([A-Za-z]{2}|\d{3})$/', $part ) ) {
			$lang .= '-' . strtoupper( $part );
		}
	}
	return $lang;
}

/**
 * The language of the widgets on this request: the post's locale where a
 * multilingual plugin sets one (they filter the locale), else the site's.
 * Themes and plugins can change it with the `ms_numbness_widgets_lang` filter.
 */
function page_lang(): string {
	$lang = locale_to_lang( get_locale() );
	/**
	 * Filters the language tag given to every widget that has no `lang` of its own.
	 *
	 * @param string        $lang A language tag such as "en-GB".
	 * @param \WP_Post|null $post The post being shown, if any.
	 */
	$filtered = apply_filters( 'ms_numbness_widgets_lang', $lang, get_post() );
	return is_string( $filtered ) && preg_match( '/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/', $filtered ) ? $filtered : $lang;
}

/**
 * The region part of a language tag ("en-GB" -> "GB"), or ''.
 *
 * @param string $lang A language tag.
 */
function lang_region( string $lang ): string {
	foreach ( array_slice( explode( '-', $lang ), 1 ) as $part ) {
		if ( preg_match( '/^[A-Za-z]{2}$/', $part ) ) {
			return strtoupper( $part );
		}
	}
	return '';
}
