<?php
/**
 * Renders a widget element for a block or a shortcode: validated attributes
 * (each escaped), the site's language, theme, country and brand colour where
 * the editor set none, and the fallback text inside. Rendering a widget
 * enqueues the widgets' script, which WordPress prints once per page.
 *
 * @package MS_Numbness_Widgets
 */

namespace MS_Numbness_Widgets;

defined( 'ABSPATH' ) || exit;

/**
 * The HTML of one widget.
 *
 * @param array<string, mixed> $widget The widget from data().
 * @param array<mixed>         $raw    Block attributes or shortcode attributes (not yet checked).
 * @param string               $class  Extra classes for the element (the block's wrapper classes).
 */
function render_widget( array $widget, array $raw, string $class = '' ): string {
	$attributes = with_site_defaults( $widget, clean_attributes( $widget, $raw ) );
	$html = '<' . $widget['tag'];
	$class = trim( 'ms-widget ' . $class );
	$html .= ' class="' . esc_attr( $class ) . '"';
	foreach ( $attributes as $name => $value ) {
		if ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( 'url' === $widget['attributes'][ $name ]['kind'] ) {
			$html .= ' ' . $name . '="' . esc_url( $value, $widget['attributes'][ $name ]['schemes'] ) . '"';
		} else {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	$style = brand_style();
	if ( '' !== $style ) {
		$html .= ' style="' . esc_attr( $style ) . '"';
	}
	$html .= '>' . fallback_html( $widget, $attributes ) . '</' . $widget['tag'] . '>';
	enqueue_widgets();
	return $html;
}

/**
 * Adds what the editor did not set: the page language, and the site's default theme and country.
 *
 * @param array<string, mixed>       $widget     The widget.
 * @param array<string, string|true> $attributes Valid attributes.
 * @return array<string, string|true>
 */
function with_site_defaults( array $widget, array $attributes ): array {
	$known = $widget['attributes'];
	$settings = settings();
	if ( isset( $known['lang'] ) && ! isset( $attributes['lang'] ) ) {
		$attributes['lang'] = page_lang();
	}
	if ( isset( $known['theme'] ) && ! isset( $attributes['theme'] ) && '' !== $settings['theme'] ) {
		$attributes['theme'] = $settings['theme'];
	}
	if ( isset( $known['country'] ) && ! isset( $attributes['country'] ) && '' !== $settings['country'] ) {
		$attributes['country'] = $settings['country'];
	}
	return $attributes;
}

/** The CSS custom properties for the brand colour (and readable text on it), or ''. */
function brand_style(): string {
	$accent = settings()['accent'];
	if ( '' === $accent ) {
		return '';
	}
	return '--ms-accent:' . $accent . ';--ms-on-accent:' . text_on( $accent );
}

/**
 * Black or white, whichever contrasts more with a colour.
 *
 * @param string $hex A colour such as "#1a5a96".
 */
function text_on( string $hex ): string {
	$white = contrast( $hex, '#ffffff' );
	$black = contrast( $hex, '#000000' );
	return $white >= $black ? '#ffffff' : '#000000';
}

/**
 * WCAG contrast ratio of two colours.
 *
 * @param string $a A hex colour.
 * @param string $b A hex colour.
 */
function contrast( string $a, string $b ): float {
	$la = luminance( $a );
	$lb = luminance( $b );
	return ( max( $la, $lb ) + 0.05 ) / ( min( $la, $lb ) + 0.05 );
}

/**
 * Relative luminance of a hex colour (#rgb or #rrggbb).
 *
 * @param string $hex A hex colour.
 */
function luminance( string $hex ): float {
	$hex = ltrim( $hex, '#' );
	if ( 3 === strlen( $hex ) ) {
		$hex = $hex[0] . $hex[0] . $hex[1] . $hex[1] . $hex[2] . $hex[2];
	}
	$channels = array_map(
		static function ( $pair ) {
			$c = hexdec( $pair ) / 255;
			return $c <= 0.03928 ? $c / 12.92 : ( ( $c + 0.055 ) / 1.055 ) ** 2.4;
		},
		str_split( substr( str_pad( $hex, 6, '0' ), 0, 6 ), 2 )
	);
	return 0.2126 * $channels[0] + 0.7152 * $channels[1] + 0.0722 * $channels[2];
}
