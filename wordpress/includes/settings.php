<?php
/**
 * Settings → MS widgets: the brand colour, the default theme and the default
 * country for crisis numbers. Saved through the Settings API (options.php),
 * which checks the nonce and the capability.
 *
 * @package MS_Numbness_Widgets
 */

namespace MS_Numbness_Widgets;

defined( 'ABSPATH' ) || exit;

/** The settings page's slug (and Settings API group). */
const SETTINGS_PAGE = 'ms-numbness-widgets';

/** Registers the option and its sanitizer. */
function register_settings(): void {
	register_setting(
		SETTINGS_PAGE,
		OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => __NAMESPACE__ . '\\sanitize_settings',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
}

/**
 * Keeps only valid values: a hex colour, a theme the widgets have, a two-letter country.
 *
 * @param mixed $input The submitted settings.
 * @return array{accent: string, theme: string, country: string}
 */
function sanitize_settings( $input ): array {
	$input = is_array( $input ) ? $input : array();
	$accent = isset( $input['accent'] ) ? sanitize_hex_color( trim( (string) $input['accent'] ) ) : '';
	$theme = isset( $input['theme'] ) ? (string) $input['theme'] : '';
	$country = isset( $input['country'] ) ? strtoupper( trim( (string) $input['country'] ) ) : '';
	return array(
		'accent'  => $accent ? strtolower( $accent ) : '',
		'theme'   => in_array( $theme, data()['themes'], true ) ? $theme : '',
		'country' => preg_match( '/^[A-Z]{2}$/', $country ) ? $country : '',
	);
}

/** Adds Settings → MS widgets. */
function add_settings_page(): void {
	add_options_page(
		__( 'MS widgets', 'ms-numbness-widgets' ),
		__( 'MS widgets', 'ms-numbness-widgets' ),
		'manage_options',
		SETTINGS_PAGE,
		__NAMESPACE__ . '\\render_settings_page'
	);
}

/**
 * A "Settings" link on the Plugins screen.
 *
 * @param array<string> $links The plugin's action links.
 * @return array<string>
 */
function settings_link( $links ) {
	$url = admin_url( 'options-general.php?page=' . SETTINGS_PAGE );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'ms-numbness-widgets' ) . '</a>' );
	return $links;
}

/** The settings page. */
function render_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'You do not have permission to change these settings.', 'ms-numbness-widgets' ), 403 );
	}
	$settings = settings();
	$lang = page_lang();
	$region = lang_region( $lang );
	$themes = array(
		'light' => __( 'Light (for light pages)', 'ms-numbness-widgets' ),
		'dark'  => __( 'Dark (for dark pages)', 'ms-numbness-widgets' ),
		'auto'  => __( 'Auto (follows the reader’s system setting)', 'ms-numbness-widgets' ),
	);
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'MS widgets', 'ms-numbness-widgets' ); ?></h1>
		<p><?php esc_html_e( 'These settings apply to every widget whose block or shortcode does not set its own value.', 'ms-numbness-widgets' ); ?></p>
		<form method="post" action="options.php">
			<?php settings_fields( SETTINGS_PAGE ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="ms-widgets-accent"><?php esc_html_e( 'Brand colour', 'ms-numbness-widgets' ); ?></label></th>
					<td>
						<input type="text" id="ms-widgets-accent" name="<?php echo esc_attr( OPTION ); ?>[accent]" value="<?php echo esc_attr( $settings['accent'] ); ?>" placeholder="#1a5a96" pattern="#([0-9a-fA-F]{3}){1,2}" aria-describedby="ms-widgets-accent-help" class="regular-text">
						<p class="description" id="ms-widgets-accent-help">
							<?php esc_html_e( 'A hex colour such as #1a5a96 for buttons, links and focus rings. Empty: the widgets’ own blue. Choose a colour with at least 4.5:1 contrast against white, so links stay readable.', 'ms-numbness-widgets' ); ?>
						</p>
						<?php if ( '' !== $settings['accent'] && contrast( $settings['accent'], '#ffffff' ) < 4.5 ) : ?>
							<p class="notice notice-warning inline">
								<?php
								/* translators: %s: a contrast ratio such as 3.2. */
								echo esc_html( sprintf( __( 'This colour has a contrast of %s:1 against white: links in it are hard to read. Pick a darker colour.', 'ms-numbness-widgets' ), number_format_i18n( contrast( $settings['accent'], '#ffffff' ), 1 ) ) );
								?>
							</p>
						<?php endif; ?>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="ms-widgets-theme"><?php esc_html_e( 'Default theme', 'ms-numbness-widgets' ); ?></label></th>
					<td>
						<select id="ms-widgets-theme" name="<?php echo esc_attr( OPTION ); ?>[theme]">
							<option value=""><?php esc_html_e( 'The widgets’ default (light)', 'ms-numbness-widgets' ); ?></option>
							<?php foreach ( data()['themes'] as $theme ) : ?>
								<option value="<?php echo esc_attr( $theme ); ?>" <?php selected( $settings['theme'], $theme ); ?>><?php echo esc_html( $themes[ $theme ] ?? $theme ); ?></option>
							<?php endforeach; ?>
						</select>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="ms-widgets-country"><?php esc_html_e( 'Default country', 'ms-numbness-widgets' ); ?></label></th>
					<td>
						<select id="ms-widgets-country" name="<?php echo esc_attr( OPTION ); ?>[country]" aria-describedby="ms-widgets-country-help">
							<option value="">
								<?php
								echo esc_html(
									'' !== $region
										/* translators: 1: a language tag such as en-GB, 2: a country code such as GB. */
										? sprintf( __( 'From the site language (%1$s: %2$s)', 'ms-numbness-widgets' ), $lang, $region )
										/* translators: %s: a language tag such as de. */
										: sprintf( __( 'From the site language (%s: no country)', 'ms-numbness-widgets' ), $lang )
								);
								?>
							</option>
							<?php foreach ( data()['countries'] as $code => $country_name ) : ?>
								<option value="<?php echo esc_attr( $code ); ?>" <?php selected( $settings['country'], $code ); ?>><?php echo esc_html( $country_name . ' (' . $code . ')' ); ?></option>
							<?php endforeach; ?>
						</select>
						<p class="description" id="ms-widgets-country-help">
							<?php esc_html_e( 'Whose emergency and crisis numbers the crisis help, the warning signs and the appointment sheet show. Without a country the widgets tell readers to call their local emergency number.', 'ms-numbness-widgets' ); ?>
						</p>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
