/**
 * Makes every generated source file (src/generated/, not committed):
 * the locale modules from xliff/ (`lit-localize build`, then split per widget
 * by scripts/localize-split.mjs), the widget entry points
 * (scripts/entries.mjs) and custom-elements.json (scripts/manifest.mjs).
 * `npm start`, `npm run build`, `npm test` and `npm run storybook` run it first.
 */
import {execFileSync} from 'node:child_process';

import {existsSync, writeFileSync} from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, {stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8'});
run('node', ['scripts/entries.mjs']);
const built = run('npx', ['lit-localize', 'build']);
// "is missing" lines are reported by scripts/check-translations.mjs in npm test.
const missing = built.split('\n').filter((l) => /is missing/.test(l)).length;
process.stdout.write(run('node', ['scripts/localize-split.mjs']));
if (missing) console.log(`(${missing} translations missing: npm test lists them)`);
process.stdout.write(run('node', ['scripts/manifest.mjs']));
// The measured reserve-space steps come from the built widgets (scripts/reserve-space.mjs,
// run by the build); until then the loader reserves nothing.
if (!existsSync('src/generated/reserve-space.ts')) {
  writeFileSync('src/generated/reserve-space.ts', `// Placeholder until scripts/reserve-space.mjs measures the built widgets.\nexport const reserveSteps = '';\n`);
}
