<?php
// Runs rapport.php outside WordPress: the few WordPress functions it calls, made plain, then
// what the plugin prints on a storefront page for the user in $argv. Output: JSON.
define('ABSPATH', __DIR__);
$GLOBALS['rapport_test'] = json_decode($argv[1], true);
$GLOBALS['rapport_actions'] = array();
function add_action($hook, $fn, $priority = 10) { $GLOBALS['rapport_actions'][$hook][] = $fn; }
function add_shortcode($tag, $fn) { $GLOBALS['rapport_shortcodes'][$tag] = $fn; }
function add_filter() {}
function register_activation_hook() {}
function __($s) { return $s; }
function get_option($name, $default = false) { return $name === 'rapport_settings' ? $GLOBALS['rapport_test']['settings'] : $default; }
function wp_parse_args($args, $defaults) { return array_merge($defaults, $args); }
function wp_json_encode($v, $flags = 0) { return json_encode($v, $flags); }
function esc_attr($s) { return htmlspecialchars((string) $s, ENT_QUOTES, 'UTF-8'); }
function esc_url_raw($s) { return $s; }
function untrailingslashit($s) { return rtrim($s, '/\\'); }
function wp_print_script_tag($attrs) {
	$out = '<script';
	foreach ($attrs as $k => $v) { $out .= ' ' . $k . '="' . esc_attr($v) . '"'; }
	echo $out . '></script>';
}
class Rapport_Test_User {
	public $ID; public $user_email; public $display_name;
	function __construct($u) { if ($u) { $this->ID = $u['id']; $this->user_email = $u['email']; $this->display_name = $u['name']; } }
	function exists() { return $this->ID !== null; }
}
function wp_get_current_user() { return new Rapport_Test_User($GLOBALS['rapport_test']['user']); }
require __DIR__ . '/../../../../plugin-adapters/woocommerce/wordpress-plugin/rapport/rapport.php';
ob_start();
foreach (array('wp_head', 'wp_footer') as $hook) {
	foreach ($GLOBALS['rapport_actions'][$hook] ?? array() as $fn) { $fn(); }
}
$page = ob_get_clean();
echo json_encode(array('page' => $page, 'token' => rapport_customer_token()));
