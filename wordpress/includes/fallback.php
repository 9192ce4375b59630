<?php
/**
 * What a reader sees before the widget's JavaScript runs (or without it, and
 * what search engines index): the widget's heading and first line in the
 * page's language, and for the crisis help the country's numbers as links.
 * It sits in the element's light DOM; the widget's shadow DOM replaces it
 * when it upgrades. The text was read from the built widgets at build time.
 *
 * @package MS_Numbness_Widgets
 */

namespace MS_Numbness_Widgets;

defined( 'ABSPATH' ) || exit;

/**
 * The fallback language for a language tag: its primary language if the widgets have it, else English.
 *
 * @param string $lang A language tag such as "fr-CA".
 */
function fallback_language( string $lang ): string {
	$primary = strtolower( explode( '-', $lang )[0] );
	return in_array( $primary, data()['languages'], true ) ? $primary : 'en';
}

/**
 * The fallback HTML of one widget (everything escaped), or '' when the widget shows nothing.
 *
 * @param array<string, mixed>        $widget     The widget from data().
 * @param array<string, string|true>  $attributes The element's valid attributes.
 */
function fallback_html( array $widget, array $attributes ): string {
	$lang = fallback_language( isset( $attributes['lang'] ) && is_string( $attributes['lang'] ) ? $attributes['lang'] : page_lang() );
	$text = $widget['fallback'][ $lang ] ?? $widget['fallback']['en'] ?? null;
	if ( ! $text ) {
		return '';
	}
	// A keyword such as an idea deck's topic can change the heading and the first line.
	foreach ( $widget['variants'] ?? array() as $name => $by_value ) {
		if ( isset( $attributes[ $name ] ) && is_string( $attributes[ $name ] ) && isset( $by_value[ $attributes[ $name ] ] ) ) {
			$variant = $by_value[ $attributes[ $name ] ];
			$text = $variant[ $lang ] ?? $variant['en'] ?? $text;
			break;
		}
	}
	$level = isset( $attributes['heading-level'] ) ? (int) $attributes['heading-level'] : 2;
	$level = $level >= 1 && $level <= 6 ? $level : 2;
	$heading = isset( $attributes['heading'] ) && is_string( $attributes['heading'] ) ? $attributes['heading'] : $text['heading'];
	$parts = array();
	if ( '' !== $heading ) {
		$parts[] = sprintf( '<h%1$d>%2$s</h%1$d>', $level, esc_html( $heading ) );
	}

	if ( 'ms-support-link' === $widget['tag'] ) {
		// Without a valid link the widget shows nothing, and so does its fallback.
		if ( empty( $attributes['href'] ) || ! is_string( $attributes['href'] ) ) {
			return '';
		}
		if ( isset( $attributes['description'] ) && is_string( $attributes['description'] ) ) {
			$parts[] = '<p>' . esc_html( $attributes['description'] ) . '</p>';
		}
		$label = isset( $attributes['label'] ) && is_string( $attributes['label'] ) ? $attributes['label'] : ( $text['link'] ?? '' );
		$parts[] = '<p><a href="' . esc_url( $attributes['href'] ) . '">' . esc_html( $label ) . '</a></p>';
	} elseif ( 'ms-crisis-help' === $widget['tag'] ) {
		$parts[] = crisis_html( $lang, crisis_country( $attributes ) );
	} elseif ( '' !== $text['summary'] ) {
		$parts[] = '<p>' . esc_html( $text['summary'] ) . '</p>';
	}
	return '<div class="ms-widget-fallback">' . implode( '', $parts ) . '</div>';
}

/**
 * The country whose numbers the crisis help shows: its own `country`, else the region of its language.
 *
 * @param array<string, string|true> $attributes The element's valid attributes.
 */
function crisis_country( array $attributes ): string {
	if ( ! empty( $attributes['country'] ) && is_string( $attributes['country'] ) ) {
		return $attributes['country'];
	}
	return isset( $attributes['lang'] ) && is_string( $attributes['lang'] ) ? lang_region( $attributes['lang'] ) : '';
}

/**
 * The crisis help's paragraphs and call links for one country, in one language.
 *
 * @param string $lang    A language the widgets have.
 * @param string $country A two-letter code ('' or unknown: the advice without numbers).
 */
function crisis_html( string $lang, string $country ): string {
	$crisis = data()['crisis'];
	$by_country = $crisis[ $lang ] ?? $crisis['en'] ?? array();
	$blocks = $by_country[ $country ] ?? $by_country[''] ?? array();
	$html = '';
	foreach ( $blocks as $block ) {
		if ( isset( $block['links'] ) ) {
			$links = array();
			foreach ( $block['links'] as $link ) {
				$links[] = '<a href="' . esc_url( $link['href'], array( 'tel', 'sms', 'https' ) ) . '">' . esc_html( $link['text'] ) . '</a>';
			}
			$html .= '<p>' . implode( ' ', $links ) . '</p>';
		} elseif ( isset( $block['name'] ) ) {
			$html .= '<p><strong>' . esc_html( $block['name'] ) . '</strong></p>';
		} elseif ( isset( $block['text'] ) ) {
			$html .= '<p>' . esc_html( $block['text'] ) . '</p>';
		}
	}
	return $html;
}
