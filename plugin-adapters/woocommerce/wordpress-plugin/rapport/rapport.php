<?php
/**
 * Plugin Name:       Rapport
 * Description:       Customer self-service on your store: order tracking, returns, FAQ, feedback, recommendations and a customer profile, from Rapport.
 * Version:           0.1.0
 * Requires at least: 5.8
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       rapport
 *
 * What it does: adds Rapport's loader to every page as a module script, offers a shortcode
 * and a block per widget, and tells Rapport who is logged in with a short-lived token
 * (HS256 JWT signed with the shop secret: sub = user id, email, name, 10 minutes).
 */

if (!defined('ABSPATH')) {
	exit;
}

const RAPPORT_OPTION = 'rapport_settings';
const RAPPORT_TOKEN_SECONDS = 600;

/** Widget tags and the attributes a shortcode or block may pass on. */
function rapport_widgets() {
	return array(
		'order-tracker'   => array('title' => __('Rapport: order tracker', 'rapport'), 'attributes' => array()),
		'returns'         => array('title' => __('Rapport: returns', 'rapport'), 'attributes' => array()),
		'faq'             => array('title' => __('Rapport: FAQ', 'rapport'), 'attributes' => array()),
		'feedback'        => array('title' => __('Rapport: feedback', 'rapport'), 'attributes' => array('mode', 'kinds', 'order', 'product')),
		'recommendations' => array('title' => __('Rapport: recommendations', 'rapport'), 'attributes' => array('placement', 'product')),
		'profile'         => array('title' => __('Rapport: customer profile', 'rapport'), 'attributes' => array()),
	);
}

function rapport_settings() {
	$saved = get_option(RAPPORT_OPTION, array());
	return wp_parse_args(is_array($saved) ? $saved : array(), array('url' => '', 'shop_key' => '', 'secret' => ''));
}

/* ---- The loader and the identity proof, on every storefront page ---- */

add_action('wp_head', 'rapport_print_loader', 20);
function rapport_print_loader() {
	$s = rapport_settings();
	if ($s['url'] === '' || $s['shop_key'] === '') {
		return;
	}
	wp_print_script_tag(array(
		'type'          => 'module',
		// wp_print_script_tag escapes every attribute; the address was checked as http(s) on save.
		'src'           => esc_url_raw(untrailingslashit($s['url']) . '/widgets/rapport.js'),
		'data-shop'     => $s['shop_key'],
		'fetchpriority' => 'low',
	));
}

/** Base64url without padding, as JWTs want it. */
function rapport_base64url($bytes) {
	return rtrim(strtr(base64_encode($bytes), '+/', '-_'), '=');
}

/** The logged-in user's proof for Rapport, or '' when nobody is logged in or no secret is set. */
function rapport_customer_token() {
	$s = rapport_settings();
	$user = wp_get_current_user();
	if (!$user || !$user->exists() || $s['secret'] === '') {
		return '';
	}
	$now = time();
	$claims = array(
		'sub'      => (string) $user->ID,
		// Whose id `sub` is: the WooCommerce customer the store's order webhooks name.
		'platform' => 'woocommerce',
		'email'    => $user->user_email,
		'name'     => $user->display_name,
		'iat'      => $now,
		'exp'      => $now + RAPPORT_TOKEN_SECONDS,
	);
	$flags = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE;
	$unsigned = rapport_base64url(wp_json_encode(array('alg' => 'HS256', 'typ' => 'JWT'), $flags)) . '.' . rapport_base64url(wp_json_encode($claims, $flags));
	return $unsigned . '.' . rapport_base64url(hash_hmac('sha256', $unsigned, $s['secret'], true));
}

// Every page says who is logged in — or that nobody is, which signs a previous shopper out
// of Rapport on a shared computer. Page caches must not store pages of logged-in users.
add_action('wp_footer', 'rapport_print_provider');
function rapport_print_provider() {
	$s = rapport_settings();
	if ($s['url'] === '' || $s['shop_key'] === '') {
		return;
	}
	$token = rapport_customer_token();
	echo '<rapport-provider' . ($token === '' ? '' : ' customer-token="' . esc_attr($token) . '"') . '></rapport-provider>';
}

/* ---- Widgets: one shortcode and one block each ---- */

/** `<rapport-x a="…">` with only the attributes the widget takes, escaped. */
function rapport_render_widget($tag, $attributes) {
	$widgets = rapport_widgets();
	$html = '<rapport-' . $tag;
	foreach ($widgets[$tag]['attributes'] as $name) {
		if (isset($attributes[$name]) && $attributes[$name] !== '') {
			$html .= ' ' . $name . '="' . esc_attr($attributes[$name]) . '"';
		}
	}
	return $html . '></rapport-' . $tag . '>';
}

add_action('init', 'rapport_register_widgets');
function rapport_register_widgets() {
	wp_register_script('rapport-blocks', plugins_url('blocks.js', __FILE__), array('wp-blocks', 'wp-element', 'wp-block-editor'), '0.1.0', true);
	$editor = array();
	foreach (rapport_widgets() as $tag => $widget) {
		$names = $widget['attributes'];
		add_shortcode('rapport_' . str_replace('-', '_', $tag), function ($atts) use ($tag, $names) {
			return rapport_render_widget($tag, shortcode_atts(array_fill_keys($names, ''), $atts));
		});
		register_block_type('rapport/' . $tag, array(
			'api_version'     => 2,
			'title'           => $widget['title'],
			'category'        => 'widgets',
			'attributes'      => array_fill_keys($names, array('type' => 'string', 'default' => '')),
			'editor_script'   => 'rapport-blocks',
			'render_callback' => function ($attributes) use ($tag) {
				return rapport_render_widget($tag, $attributes);
			},
		));
		$editor[] = array('name' => 'rapport/' . $tag, 'title' => $widget['title'], 'attributes' => $names);
	}
	wp_add_inline_script('rapport-blocks', 'window.rapportBlocks = ' . wp_json_encode($editor) . ';', 'before');
}

/* ---- Settings → Rapport ---- */

add_action('admin_menu', function () {
	add_options_page(__('Rapport', 'rapport'), __('Rapport', 'rapport'), 'manage_options', 'rapport', 'rapport_settings_page');
});

add_action('admin_init', function () {
	register_setting('rapport', RAPPORT_OPTION, array('type' => 'array', 'sanitize_callback' => 'rapport_sanitize_settings'));
});

function rapport_sanitize_settings($input) {
	$old = rapport_settings();
	$input = is_array($input) ? $input : array();
	$secret = isset($input['secret']) ? trim((string) $input['secret']) : '';
	return array(
		'url'      => esc_url_raw(untrailingslashit(trim((string) ($input['url'] ?? ''))), array('https', 'http')),
		'shop_key' => sanitize_text_field($input['shop_key'] ?? ''),
		// An empty field keeps the saved secret: it is never printed back into the page.
		'secret'   => $secret === '' ? $old['secret'] : $secret,
	);
}

function rapport_settings_page() {
	if (!current_user_can('manage_options')) {
		return;
	}
	$s = rapport_settings();
	$field = RAPPORT_OPTION;
	?>
	<div class="wrap">
		<h1><?php esc_html_e('Rapport', 'rapport'); ?></h1>
		<form method="post" action="options.php">
			<?php settings_fields('rapport'); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="rapport-url"><?php esc_html_e('Rapport address', 'rapport'); ?></label></th>
					<td><input id="rapport-url" class="regular-text" type="url" name="<?php echo esc_attr($field); ?>[url]" value="<?php echo esc_attr($s['url']); ?>" placeholder="https://rapport.example.com" required></td>
				</tr>
				<tr>
					<th scope="row"><label for="rapport-key"><?php esc_html_e('Shop key', 'rapport'); ?></label></th>
					<td><input id="rapport-key" class="regular-text" type="text" name="<?php echo esc_attr($field); ?>[shop_key]" value="<?php echo esc_attr($s['shop_key']); ?>" placeholder="pk_…" required></td>
				</tr>
				<tr>
					<th scope="row"><label for="rapport-secret"><?php esc_html_e('Shop secret', 'rapport'); ?></label></th>
					<td>
						<input id="rapport-secret" class="regular-text" type="password" autocomplete="new-password" name="<?php echo esc_attr($field); ?>[secret]" value="">
						<p class="description"><?php echo $s['secret'] === '' ? esc_html__('Not set: nobody is signed in to Rapport.', 'rapport') : esc_html__('Saved. Leave empty to keep it.', 'rapport'); ?></p>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
