/**
 * A private, throw-away WordPress for the plugin test: its own MariaDB and
 * Apache (mod_php) on random free ports of 127.0.0.1, with data directories
 * in one temporary folder, and a fresh copy of Debian's WordPress. Nothing
 * outside that folder is changed. Every server is started by this process
 * and stopped by its pid.
 */
import {execFileSync, spawn} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync} from 'node:fs';
import {createConnection, createServer} from 'node:net';
import {join, relative} from 'node:path';

export const WORDPRESS_DIR = '/usr/share/wordpress';
export const PACKAGES = ['wordpress', 'mariadb-server', 'apache2', 'libapache2-mod-php', 'php-cli', 'php-mysql'];

const which = (names) => names.find((p) => existsSync(p));
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** The programs the test needs, or a list of what is missing. */
export function findPrograms() {
  const phpModule = existsSync('/usr/lib/apache2/modules')
    ? readdirSync('/usr/lib/apache2/modules').find((f) => /^libphp[\d.]*\.so$/.test(f))
    : undefined;
  const found = {
    mariadbd: which(['/usr/sbin/mariadbd', '/usr/sbin/mysqld']),
    installDb: which(['/usr/bin/mariadb-install-db', '/usr/bin/mysql_install_db']),
    client: which(['/usr/bin/mariadb', '/usr/bin/mysql']),
    apache: which(['/usr/sbin/apache2']),
    phpModule: phpModule && join('/usr/lib/apache2/modules', phpModule),
    php: which(['/usr/bin/php']),
    wordpress: existsSync(join(WORDPRESS_DIR, 'wp-settings.php')) ? WORDPRESS_DIR : undefined,
  };
  const missing = Object.entries(found).filter(([, v]) => !v).map(([k]) => k);
  return {found, missing};
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

function canConnect(port) {
  return new Promise((resolve) => {
    const socket = createConnection({host: '127.0.0.1', port});
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function waitFor(what, test, child, timeoutMs = 30000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${what} exited early (code ${child.exitCode}).`);
    if (await test()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not start within ${timeoutMs / 1000} s.`);
}

/** Stops a child we started: SIGTERM to its pid, then SIGKILL if it does not exit. */
function stop(child, timeoutMs = 10000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {}
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(child.pid, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

/**
 * A fresh WordPress in `wpDir`: the core files hard-linked to Debian's when the
 * file system allows it (fast, and read-only for the web server, which never
 * writes there), else copied; wp-content is always a real copy, the only part
 * the site writes to. No wp-config.php (the caller writes its own).
 */
function copyWordPress(wpDir) {
  mkdirSync(wpDir);
  for (const entry of readdirSync(WORDPRESS_DIR)) {
    if (['wp-config.php', '.htaccess'].includes(entry)) continue;
    const from = join(WORDPRESS_DIR, entry);
    const to = join(wpDir, entry);
    if (entry !== 'wp-content') {
      try {
        execFileSync('cp', ['-al', from, to], {stdio: 'pipe'});
        continue;
      } catch {
        rmSync(to, {recursive: true, force: true});
      }
    }
    cpSync(from, to, {recursive: true, dereference: entry === 'wp-content'});
  }
  // Debian links some files to other packages (underscore.js, CA certificates): copy those in,
  // so the web server serves them from the site's own folder.
  for (const link of execFileSync('find', [wpDir, '-type', 'l'], {encoding: 'utf8'}).split('\n').filter(Boolean)) {
    const target = realpathSync(join(WORDPRESS_DIR, relative(wpDir, link)));
    rmSync(link);
    cpSync(target, link);
  }
}

const salt = () => randomBytes(32).toString('base64');
const phpString = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Starts MariaDB and Apache with a fresh WordPress (not yet installed).
 * Returns {url, root, wpDir, php(code) -> stdout, stop()}.
 */
export async function startWordPress({programs, log = () => {}}) {
  const root = mkdtempSync('/tmp/ms-widgets-wp-');
  chmodSync(root, 0o755);
  const children = [];
  const env = {...process.env, LANG: 'C', LC_ALL: 'C'};
  const cleanup = async () => {
    for (const child of children.reverse()) await stop(child);
    // MS_WIDGETS_KEEP_WP=1 keeps the folder (logs, database files) to look at after a failure.
    if (process.env.MS_WIDGETS_KEEP_WP) console.log(`  · kept ${root}`);
    else rmSync(root, {recursive: true, force: true, maxRetries: 5, retryDelay: 200});
  };
  /** The last lines of the servers' logs, for a failure report. */
  const logs = () =>
    ['apache-error.log', 'php-error.log', 'wp/wp-content/debug.log', 'mariadb.log']
      .map((name) => join(root, name))
      .filter((file) => existsSync(file))
      .map((file) => `--- ${file.slice(root.length + 1)}\n${readFileSync(file, 'utf8').trim().split('\n').slice(-15).join('\n')}`)
      .join('\n');
  try {
    // --- MariaDB ---
    const dbPort = await freePort();
    const dataDir = join(root, 'db');
    const socket = join(root, 'mysql.sock');
    const user = isRoot() ? ['--user=root'] : [];
    execFileSync(
      programs.installDb,
      ['--no-defaults', `--datadir=${dataDir}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...user],
      {stdio: 'pipe', env}
    );
    const mariadb = spawn(
      programs.mariadbd,
      [
        '--no-defaults',
        `--datadir=${dataDir}`,
        `--socket=${socket}`,
        `--port=${dbPort}`,
        '--bind-address=127.0.0.1',
        `--pid-file=${join(root, 'mariadb.pid')}`,
        `--log-error=${join(root, 'mariadb.log')}`,
        '--skip-log-bin',
        '--innodb-buffer-pool-size=64M',
        '--innodb-log-file-size=16M',
        '--innodb-flush-log-at-trx-commit=0',
        '--skip-name-resolve',
        ...user,
      ],
      // Own process groups: Apache stops its workers by signalling its whole group, which must not be ours.
      {stdio: 'ignore', env, detached: true}
    );
    children.push(mariadb);
    await waitFor('MariaDB', () => canConnect(dbPort), mariadb);
    execFileSync(programs.client, ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress'], {stdio: 'pipe'});
    log(`MariaDB on 127.0.0.1:${dbPort}`);

    // --- WordPress files: a copy, with our own wp-config.php and a minimal classic theme ---
    const webPort = await freePort();
    const url = `http://127.0.0.1:${webPort}`;
    const wpDir = join(root, 'wp');
    copyWordPress(wpDir);
    writeFileSync(
      join(wpDir, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', ${phpString(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((k) => `define( '${k}', ${phpString(salt())} );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', ${phpString(url)} );
define( 'WP_SITEURL', ${phpString(url)} );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', __DIR__ . '/wp-content/debug.log' );
define( 'SCRIPT_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`
    );
    // The site is offline: every outgoing request gets an empty answer at once, so update and
    // translation checks find nothing (instead of failing with a warning in the logs).
    mkdirSync(join(wpDir, 'wp-content/mu-plugins'), {recursive: true});
    writeFileSync(
      join(wpDir, 'wp-content/mu-plugins/offline.php'),
      `<?php
add_filter( 'pre_http_request', static function () {
	return array( 'headers' => array(), 'body' => '', 'response' => array( 'code' => 200, 'message' => 'OK' ), 'cookies' => array(), 'filename' => null );
} );
`
    );
    const theme = join(wpDir, 'wp-content/themes/ms-test-theme');
    mkdirSync(theme, {recursive: true});
    mkdirSync(join(wpDir, 'wp-content/uploads'), {recursive: true});
    writeFileSync(join(theme, 'style.css'), '/*\nTheme Name: MS test theme\nDescription: A minimal classic theme for the plugin test.\n*/\n');
    writeFileSync(
      join(theme, 'index.php'),
      `<!doctype html>
<html <?php language_attributes(); ?>>
<head><meta charset="<?php bloginfo( 'charset' ); ?>"><meta name="viewport" content="width=device-width, initial-scale=1"><?php wp_head(); ?></head>
<body <?php body_class(); ?>>
<main>
<?php while ( have_posts() ) : the_post(); ?>
<article><?php the_title( '<h1>', '</h1>' ); ?><?php the_content(); ?></article>
<?php endwhile; ?>
</main>
<?php wp_footer(); ?>
</body>
</html>
`
    );
    writeFileSync(join(wpDir, 'wp-content/debug.log'), '');
    if (isRoot()) execFileSync('chown', ['-R', 'www-data:www-data', join(wpDir, 'wp-content')]);

    // --- Apache with mod_php (prefork) ---
    const modules = '/usr/lib/apache2/modules';
    const conf = join(root, 'apache.conf');
    writeFileSync(
      conf,
      `ServerRoot ${root}
ServerName 127.0.0.1
Listen 127.0.0.1:${webPort}
PidFile ${join(root, 'apache.pid')}
DefaultRuntimeDir ${root}
Mutex file:${root} default
ErrorLog ${join(root, 'apache-error.log')}
LogLevel warn
LoadModule mpm_prefork_module ${modules}/mod_mpm_prefork.so
LoadModule authz_core_module ${modules}/mod_authz_core.so
LoadModule dir_module ${modules}/mod_dir.so
LoadModule mime_module ${modules}/mod_mime.so
LoadModule rewrite_module ${modules}/mod_rewrite.so
LoadModule php_module ${programs.phpModule}
${isRoot() ? 'User www-data\nGroup www-data' : ''}
StartServers 4
MinSpareServers 2
MaxSpareServers 6
MaxRequestWorkers 12
TypesConfig /etc/mime.types
AddType text/javascript .js .mjs
DocumentRoot ${wpDir}
DirectoryIndex index.php index.html
<Directory />
  Require all denied
  AllowOverride None
</Directory>
<Directory ${wpDir}>
  Require all granted
  Options FollowSymLinks
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
php_admin_value error_log ${join(root, 'php-error.log')}
php_admin_value upload_max_filesize 16M
php_admin_value post_max_size 16M
`
    );
    const apache = spawn(programs.apache, ['-f', conf, '-DFOREGROUND'], {stdio: 'ignore', env, detached: true});
    children.push(apache);
    await waitFor('Apache', () => canConnect(webPort), apache);
    log(`Apache on ${url}`);

    /** Runs PHP code inside WordPress (as the CLI), returns its output. */
    const php = (code) => {
      const file = join(root, `cli-${randomBytes(4).toString('hex')}.php`);
      writeFileSync(
        file,
        `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${webPort}';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
${code}
`
      );
      try {
        return execFileSync(programs.php, ['-d', 'display_errors=stderr', file], {cwd: wpDir, stdio: ['ignore', 'pipe', 'pipe'], env}).toString();
      } catch (error) {
        throw new Error(`PHP failed: ${error.stderr?.toString().trim().slice(0, 1500) ?? error.message}`);
      } finally {
        rmSync(file, {force: true});
      }
    };
    return {url, root, wpDir, php, logs, stop: cleanup};
  } catch (error) {
    await cleanup();
    throw error;
  }
}
