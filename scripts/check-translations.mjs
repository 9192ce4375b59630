/**
 * Fails when a user-visible string has no translation in some language, as
 * reported by `lit-localize build` ("... is missing, using canonical text").
 * (The locale modules are build outputs, made by scripts/generate.mjs.)
 */
import {execFileSync} from 'node:child_process';

const out = execFileSync('npx', ['lit-localize', 'build'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
const missing = out.split('\n').filter((l) => /is missing/.test(l));
const byLocale = {};
for (const line of missing) {
  const locale = line.split(' ')[0];
  byLocale[locale] = (byLocale[locale] ?? 0) + 1;
}
if (missing.length) {
  console.error(`Missing translations: ${Object.entries(byLocale).map(([l, n]) => `${l} ${n}`).join(', ')}`);
  console.error(missing.slice(0, 10).join('\n'));
  console.error('Run "npm run localize:extract", translate the new <target>s in xliff/, then "npm run localize:build".');
  process.exit(1);
}
console.log('Every message has a translation in every language.');
