<?php
/**
 * Removes the plugin's settings when it is deleted in wp-admin (on every site
 * of a network). Readers' data never reaches the server, so there is nothing
 * else to remove.
 *
 * @package MS_Numbness_Widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $ms_numbness_widgets_site ) {
		switch_to_blog( (int) $ms_numbness_widgets_site );
		delete_option( 'ms_numbness_widgets' );
		restore_current_blog();
	}
} else {
	delete_option( 'ms_numbness_widgets' );
}
