<?php
/**
 * Scripts. The widgets' code ships in the plugin (assets/widgets/): a small
 * loader that fetches only the widgets on the page. It is enqueued when a
 * widget is rendered, so pages without one load nothing, and printed as a
 * module (WordPress 6.1 has no script modules, so the tag is written here).
 *
 * @package MS_Numbness_Widgets
 */

namespace MS_Numbness_Widgets;

defined( 'ABSPATH' ) || exit;

/** URL of the widgets' loader, with the plugin version for caching. */
function loader_url(): string {
	return add_query_arg( 'ver', VERSION, plugins_url( 'assets/widgets/loader.js', PLUGIN_FILE ) );
}

/** Registers the widgets' module script and the block editor script. */
function register_scripts(): void {
	wp_register_script( SCRIPT, plugins_url( 'assets/widgets/loader.js', PLUGIN_FILE ), array(), VERSION, true );
	wp_register_script(
		EDITOR_SCRIPT,
		plugins_url( 'assets/editor.js', PLUGIN_FILE ),
		array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n' ),
		VERSION,
		true
	);
}

/** Gives the block editor script its data (only in the editor, where block.json enqueues it). */
function add_editor_data(): void {
	// JSON_HEX_TAG: no text in the data can close the script element.
	wp_add_inline_script( EDITOR_SCRIPT, 'window.msNumbnessWidgets = ' . wp_json_encode( editor_data(), JSON_HEX_TAG | JSON_HEX_AMP ) . ';', 'before' );
}

/** Enqueues the widgets' script for this page (WordPress prints it once, in the footer). */
function enqueue_widgets(): void {
	wp_enqueue_script( SCRIPT );
}

/**
 * Prints the widgets' script as a module.
 *
 * @param string $tag    The script tag WordPress made.
 * @param string $handle The script's handle.
 * @param string $src    The script's URL.
 */
function module_script_tag( $tag, $handle, $src ) {
	if ( SCRIPT !== $handle ) {
		return $tag;
	}
	return '<script type="module" src="' . esc_url( $src ) . '" id="' . esc_attr( SCRIPT ) . '-js"></script>' . "\n";
}

/**
 * What the block editor script needs: each widget's attributes and controls,
 * the loader's URL, and the site's language and defaults for the preview.
 *
 * @return array<string, mixed>
 */
function editor_data(): array {
	$widgets = array();
	foreach ( data()['widgets'] as $slug => $widget ) {
		$widgets[] = array(
			'name'       => 'ms-numbness-widgets/' . $slug,
			'tag'        => $widget['tag'],
			'title'      => $widget['title'],
			'attributes' => array_values( $widget['attributes'] ),
		);
	}
	$settings = settings();
	return array(
		'version'   => VERSION,
		'loaderUrl' => loader_url(),
		'lang'      => page_lang(),
		'settings'  => $settings,
		'style'     => (object) ( '' === $settings['accent'] ? array() : array(
			'--ms-accent'    => $settings['accent'],
			'--ms-on-accent' => text_on( $settings['accent'] ),
		) ),
		'countries' => data()['countries'],
		'widgets'   => $widgets,
	);
}
