<?php
/**
 * One dynamic block per widget (blocks/<widget>/block.json, generated from
 * custom-elements.json). The post stores only the block comment and its
 * attributes, so the content passes the KSES filter for every role and never
 * becomes invalid when the plugin changes; PHP renders the element on view.
 *
 * @package MS_Numbness_Widgets
 */

namespace MS_Numbness_Widgets;

defined( 'ABSPATH' ) || exit;

/** Slug of the block category. */
const CATEGORY = 'ms-widgets';

/** Registers every widget's block with a server-side renderer. */
function register_blocks(): void {
	$dir = dirname( PLUGIN_FILE ) . '/blocks/';
	foreach ( data()['widgets'] as $slug => $widget ) {
		if ( ! file_exists( $dir . $slug . '/block.json' ) ) {
			continue;
		}
		register_block_type(
			$dir . $slug,
			array(
				'render_callback' => static function ( $attributes, $content = '', $block = null ) use ( $widget ) {
					return render_block_widget( $widget, is_array( $attributes ) ? $attributes : array() );
				},
			)
		);
	}
}

/**
 * The block's element, with the block's wrapper classes (alignment, extra CSS class) on it.
 *
 * @param array<string, mixed> $widget     The widget.
 * @param array<mixed>         $attributes The block's attributes.
 */
function render_block_widget( array $widget, array $attributes ): string {
	$class = 'wp-block-ms-numbness-widgets-' . sanitize_html_class( substr( $widget['tag'], 3 ) );
	if ( isset( $attributes['align'] ) && in_array( $attributes['align'], array( 'wide', 'full' ), true ) ) {
		$class .= ' align' . $attributes['align'];
	}
	if ( isset( $attributes['className'] ) && is_string( $attributes['className'] ) ) {
		$class .= ' ' . implode( ' ', array_map( 'sanitize_html_class', preg_split( '/\s+/', trim( $attributes['className'] ) ) ) );
	}
	unset( $attributes['align'], $attributes['className'] );
	return render_widget( $widget, $attributes, trim( $class ) );
}

/**
 * Adds the "MS widgets" category to the block inserter.
 *
 * @param array<array<string, mixed>> $categories The block categories.
 * @return array<array<string, mixed>>
 */
function add_block_category( $categories ) {
	foreach ( $categories as $category ) {
		if ( isset( $category['slug'] ) && CATEGORY === $category['slug'] ) {
			return $categories;
		}
	}
	$categories[] = array(
		'slug'  => CATEGORY,
		'title' => __( 'MS widgets', 'ms-numbness-widgets' ),
		'icon'  => null,
	);
	return $categories;
}
