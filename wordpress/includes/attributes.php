<?php
/**
 * Attribute validation: every value a block or shortcode gives is checked
 * against the widget's manifest entry; anything unknown or invalid is dropped,
 * so the widget uses its own default. Nothing here escapes for HTML: the
 * renderer does, for every value, at the point of output.
 *
 * @package MS_Numbness_Widgets
 */

namespace MS_Numbness_Widgets;

defined( 'ABSPATH' ) || exit;

/** Longest text a text attribute keeps (headings, labels, names). */
const MAX_TEXT = 300;

/**
 * The valid attributes of one widget, keyed by HTML attribute name. A value is
 * a string, or true for a boolean attribute that is on.
 *
 * @param array<string, mixed> $widget The widget from data().
 * @param array<mixed>         $raw    Block attributes (camelCase keys) or shortcode attributes (HTML names).
 * @return array<string, string|true>
 */
function clean_attributes( array $widget, array $raw ): array {
	$by_name = array();
	foreach ( $widget['attributes'] as $name => $spec ) {
		$by_name[ $name ] = $spec;
		$by_name[ strtolower( $spec['key'] ) ] = $spec;
		$by_name[ $spec['key'] ] = $spec;
	}
	$clean = array();
	foreach ( $raw as $key => $value ) {
		// A shortcode's bare word (`[ms_widget name="x" quiet]`) arrives as a value with a numeric key.
		if ( is_int( $key ) && is_string( $value ) && isset( $by_name[ strtolower( $value ) ] ) && 'boolean' === $by_name[ strtolower( $value ) ]['kind'] ) {
			$clean[ $by_name[ strtolower( $value ) ]['name'] ] = true;
			continue;
		}
		if ( ! is_string( $key ) || ! isset( $by_name[ $key ] ) ) {
			continue;
		}
		$spec = $by_name[ $key ];
		$valid = clean_value( $spec, $value );
		if ( null !== $valid ) {
			$clean[ $spec['name'] ] = $valid;
		} else {
			unset( $clean[ $spec['name'] ] );
		}
	}
	return array_filter( $clean, static fn( $v ) => false !== $v );
}

/**
 * One value checked against its attribute: the value to print, true for a
 * boolean that is on, false for one that is off, or null when it is not valid.
 *
 * @param array<string, mixed> $spec  The attribute from data().
 * @param mixed                $value What the block or shortcode gave.
 * @return string|bool|null
 */
function clean_value( array $spec, $value ) {
	if ( is_array( $value ) || is_object( $value ) || null === $value ) {
		return null;
	}
	switch ( $spec['kind'] ) {
		case 'boolean':
			return clean_boolean( $value );
		case 'enum':
			$text = strtolower( trim( (string) $value ) );
			foreach ( $spec['values'] as $allowed ) {
				if ( strtolower( $allowed ) === $text ) {
					return $allowed;
				}
			}
			return null;
		case 'number':
			return clean_number( $spec, $value );
		case 'url':
			return clean_url( (string) $value, $spec['schemes'] );
		case 'lang':
			$text = trim( (string) $value );
			return preg_match( '/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/', $text ) ? $text : null;
		case 'country':
			$text = strtoupper( trim( (string) $value ) );
			return preg_match( '/^[A-Z]{2}$/', $text ) ? $text : null;
		default:
			if ( is_bool( $value ) ) {
				return null;
			}
			$text = sanitize_text_field( (string) $value );
			$text = function_exists( 'mb_substr' ) ? mb_substr( $text, 0, MAX_TEXT ) : substr( $text, 0, MAX_TEXT );
			return '' === $text ? null : $text;
	}
}

/**
 * A boolean from a block (true/false) or a shortcode ("true", "1", "yes", "", "false", "0", "no").
 *
 * @param mixed $value The given value.
 */
function clean_boolean( $value ): ?bool {
	if ( is_bool( $value ) ) {
		return $value;
	}
	$text = strtolower( trim( (string) $value ) );
	if ( in_array( $text, array( '', '1', 'true', 'yes', 'on' ), true ) ) {
		return true;
	}
	if ( in_array( $text, array( '0', 'false', 'no', 'off' ), true ) ) {
		return false;
	}
	return null;
}

/**
 * A finite number within the attribute's range (and whole where it must be), as text.
 *
 * @param array<string, mixed> $spec  The attribute.
 * @param mixed                $value The given value.
 */
function clean_number( array $spec, $value ): ?string {
	if ( is_bool( $value ) ) {
		return null;
	}
	$text = trim( (string) $value );
	if ( ! is_numeric( $text ) || ! preg_match( '/^-?(\d+\.?\d*|\.\d+)$/', $text ) ) {
		return null;
	}
	$number = (float) $text;
	if ( ! is_finite( $number ) || abs( $number ) > 1e6 ) {
		return null;
	}
	if ( isset( $spec['min'] ) && $number < $spec['min'] ) {
		return null;
	}
	if ( isset( $spec['max'] ) && $number > $spec['max'] ) {
		return null;
	}
	if ( ! empty( $spec['integer'] ) && floor( $number ) !== $number ) {
		return null;
	}
	// 5 -> "5", 5.50 -> "5.5": the shortest text for the number.
	return floor( $number ) === $number ? (string) (int) $number : rtrim( rtrim( sprintf( '%.6F', $number ), '0' ), '.' );
}

/**
 * A link with one of the schemes the widget allows (never `javascript:` or `data:`), or null.
 *
 * @param string        $value   The given link.
 * @param array<string> $schemes Allowed schemes, such as array( 'https', 'tel' ).
 */
function clean_url( string $value, array $schemes ): ?string {
	$value = trim( $value );
	if ( '' === $value || preg_match( '/[\x00-\x20\x7f]/', $value ) && ! preg_match( '/^(tel|sms):/i', $value ) ) {
		return null;
	}
	if ( ! preg_match( '/^([a-z][a-z0-9+.-]*):/i', $value, $match ) ) {
		return null;
	}
	$scheme = strtolower( $match[1] );
	if ( ! in_array( $scheme, $schemes, true ) ) {
		return null;
	}
	$url = esc_url_raw( $value, $schemes );
	return '' === $url ? null : $url;
}
