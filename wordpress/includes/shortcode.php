<?php
/**
 * The shortcode for the classic editor and page builders:
 *   [ms_widget name="breathing-pacer" minutes="5"]
 * Attribute names are the widget's HTML attribute names; values are checked
 * like a block's. An unknown widget renders nothing for readers, and a short
 * notice for people who can edit the post.
 *
 * @package MS_Numbness_Widgets
 */

namespace MS_Numbness_Widgets;

defined( 'ABSPATH' ) || exit;

/** Registers [ms_widget]. */
function register_shortcode(): void {
	add_shortcode( 'ms_widget', __NAMESPACE__ . '\\render_shortcode' );
}

/**
 * Renders [ms_widget].
 *
 * @param array<mixed>|string $atts The shortcode's attributes ('' when it has none).
 */
function render_shortcode( $atts ): string {
	$atts = is_array( $atts ) ? $atts : array();
	$name = isset( $atts['name'] ) && is_string( $atts['name'] ) ? strtolower( trim( $atts['name'] ) ) : '';
	unset( $atts['name'] );
	$slug = preg_replace( '/^ms-/', '', $name );
	$widget = '' !== $slug ? widget( $slug ) : null;
	if ( ! $widget ) {
		return unknown_widget_notice( $name );
	}
	return render_widget( $widget, $atts, 'ms-widget-shortcode' );
}

/**
 * A notice for people who can edit this post; nothing for readers.
 *
 * @param string $name The name the shortcode gave.
 */
function unknown_widget_notice( string $name ): string {
	$post = get_post();
	if ( ! $post || ! current_user_can( 'edit_post', $post->ID ) ) {
		return '';
	}
	$message = '' === $name
		/* translators: %s: a list of widget names. */
		? sprintf( __( 'MS widgets: the shortcode needs a name, for example [ms_widget name="breathing-pacer"]. Names: %s.', 'ms-numbness-widgets' ), implode( ', ', array_keys( data()['widgets'] ) ) )
		/* translators: 1: the name that was given, 2: a list of widget names. */
		: sprintf( __( 'MS widgets: there is no widget called "%1$s". Names: %2$s.', 'ms-numbness-widgets' ), $name, implode( ', ', array_keys( data()['widgets'] ) ) );
	return '<p class="ms-widget-notice" role="note">' . esc_html( $message ) . '</p>';
}
