<?php
/**
 * Plugin Name:       MS Numbness Widgets
 * Description:       Accessible, translated widgets about emotional numbness in multiple sclerosis, as blocks and a shortcode. Everything is served from your own site.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.0
 * Author:            MS Numbness Widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       ms-numbness-widgets
 *
 * @package MS_Numbness_Widgets
 */

namespace MS_Numbness_Widgets;

defined( 'ABSPATH' ) || exit;

/** The plugin's version: also the version of the widgets it ships (set by the build). */
const VERSION = '0.1.0';
const PLUGIN_FILE = __FILE__;
/** The option that holds the settings (brand colour, default theme, default country). */
const OPTION = 'ms_numbness_widgets';
/** The handle of the widgets' module script. */
const SCRIPT = 'ms-numbness-widgets';
/** The handle of the block editor script. */
const EDITOR_SCRIPT = 'ms-numbness-widgets-editor';

require_once __DIR__ . '/includes/data.php';
require_once __DIR__ . '/includes/attributes.php';
require_once __DIR__ . '/includes/fallback.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/settings.php';

add_action( 'init', __NAMESPACE__ . '\\register_scripts', 5 );
add_action( 'init', __NAMESPACE__ . '\\register_blocks' );
add_action( 'init', __NAMESPACE__ . '\\register_shortcode' );
add_filter( 'block_categories_all', __NAMESPACE__ . '\\add_block_category' );
add_action( 'enqueue_block_editor_assets', __NAMESPACE__ . '\\add_editor_data' );
add_filter( 'script_loader_tag', __NAMESPACE__ . '\\module_script_tag', 10, 3 );
add_action( 'admin_init', __NAMESPACE__ . '\\register_settings' );
add_action( 'admin_menu', __NAMESPACE__ . '\\add_settings_page' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), __NAMESPACE__ . '\\settings_link' );
