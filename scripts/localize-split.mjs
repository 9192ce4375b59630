/**
 * Splits each language's translations into one small module per widget, so a
 * page downloads only the strings of the widgets it shows, in the language
 * they show.
 *
 * 1. `lit-localize build` writes one module per language to .localize-build/.
 * 2. This script asks lit-localize's own analyser which source file each
 *    message comes from, and groups messages by folder of src/ (a widget, or
 *    `shared`).
 * 3. For each widget it follows the imports from src/<widget>/define.ts to
 *    find every group whose strings the widget can show.
 * 4. It writes src/generated/locales/<lang>/<group>.ts and, per widget,
 *    src/generated/translations/<widget>.ts (the loaders of its groups).
 * Everything it writes is a build output (not committed).
 */
import {mkdirSync, readFileSync, rmSync, writeFileSync, existsSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import fastGlob from 'fast-glob';
import ts from 'typescript';
import {extractMessagesFromProgram} from '@lit/localize-tools/lib/program-analysis.js';

const root = process.cwd();
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const BUILD_DIR = '.localize-build';
const OUT_DIR = 'src/generated/locales';

/**
 * The group of a source file: its widget's name (src/widgets/<name>/), or
 * `content-<file>` for article text that several widgets show (src/content/),
 * or `shared` for core, behaviours and parts, which every widget loads.
 */
const groupOf = (file) => {
  const rel = relative(join(root, 'src'), file).split('/');
  if (rel[0] === 'widgets' && rel.length > 2) return rel[1];
  if (rel[0] === 'content') return `content-${rel[1].replace(/\.ts$/, '')}`;
  return 'shared';
};

// 1. Which groups each message id belongs to (a message can be in several).
const files = fastGlob
  .sync(config.inputFiles, {cwd: root, absolute: true})
  .filter((f) => !f.includes('/generated/') && !/\.(test|stories)\.ts$/.test(f));
const tsconfig = ts.getParsedCommandLineOfConfigFile('tsconfig.json', {}, {...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {}});
const program = ts.createProgram(files, tsconfig.options);
const groupsById = new Map();
const filesWithMessages = new Set();
for (const sf of program.getSourceFiles()) {
  if (!files.includes(resolve(sf.fileName))) continue;
  const single = Object.create(program, {getSourceFiles: {value: () => [sf]}});
  for (const message of extractMessagesFromProgram(single).messages) {
    filesWithMessages.add(resolve(sf.fileName));
    if (!groupsById.has(message.name)) groupsById.set(message.name, new Set());
    groupsById.get(message.name).add(groupOf(resolve(sf.fileName)));
  }
}

// 2. Which groups each widget can show: follow relative imports from its
// define.ts, but not into another widget's define.ts (an element rendered
// inside this one loads its own strings).
function reachable(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    if (seen.size && file.endsWith('/define.ts') && file !== entry) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static and dynamic imports and re-exports; type-only imports bring no strings.
    const specs = [
      ...[...code.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s*'(\.{1,2}\/[^']+)'/gm)].filter((m) => !m[1]).map((m) => m[2]),
      ...[...code.matchAll(/\bimport\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]),
    ];
    for (const spec of specs) {
      if (spec.includes('/generated/')) continue;
      visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
    }
  };
  visit(entry);
  return seen;
}
const widgetFolders = fastGlob.sync('src/widgets/*/define.ts', {cwd: root}).map((f) => f.split('/')[2]).sort();
const groupsOfWidget = {};
for (const folder of widgetFolders) {
  const reached = [...reachable(join(root, 'src', 'widgets', folder, 'define.ts'))].filter((f) => filesWithMessages.has(f));
  groupsOfWidget[folder] = [...new Set(reached.map(groupOf))].sort();
}

// 3. Read each language's templates and write one module per group. Each
// translation becomes a plain string, or for str`` templates a plain
// {strTag, strings, values} object, so language files import nothing (and
// the CDN bundle shares no module with them).
function literal(node, locale) {
  if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isStringLiteral(node)) return JSON.stringify(node.text);
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'str') {
    const t = node.template;
    if (ts.isNoSubstitutionTemplateLiteral(t)) return JSON.stringify(t.text);
    const strings = [t.head.text, ...t.templateSpans.map((span) => span.literal.text)];
    const values = t.templateSpans.map((span) => Number(span.expression.getText()));
    return JSON.stringify({strTag: true, strings, values});
  }
  throw new Error(`${locale}: unsupported translation ${node.getText().slice(0, 80)} (use plain strings or str\`\` in msg(), not html\`\`)`);
}
const entriesOf = (locale) => {
  const path = join(BUILD_DIR, `${locale}.ts`);
  const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const out = [];
  sf.forEachChild(function find(node) {
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'templates' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      for (const p of node.initializer.properties) out.push([p.name.text ?? p.name.getText().replace(/['"]/g, ''), literal(p.initializer, locale)]);
    }
    node.forEachChild(find);
  });
  return out;
};

rmSync(OUT_DIR, {recursive: true, force: true});
const loaders = {};
for (const locale of config.targetLocales) {
  const byGroup = {};
  for (const [id, value] of entriesOf(locale)) {
    for (const group of groupsById.get(id) ?? []) (byGroup[group] ??= []).push(`  '${id}': ${value},`);
  }
  mkdirSync(join(OUT_DIR, locale), {recursive: true});
  loaders[locale] = [];
  for (const [group, lines] of Object.entries(byGroup).sort()) {
    const body = lines.join('\n');
    writeFileSync(
      join(OUT_DIR, locale, `${group}.ts`),
      `// Generated by scripts/localize-split.mjs from xliff/${locale}.xlf. Do not edit.\nimport type {TemplateMap} from '@lit/localize/internal/types.js';\n\nexport const templates = {\n${body}\n} as unknown as TemplateMap;\n`
    );
    loaders[locale].push(group);
  }
}

// 4. One module per widget with loaders for the groups it shows, imported by
// the widget's class so that each widget chunk carries only its own loaders.
rmSync('src/generated/translations', {recursive: true, force: true});
mkdirSync('src/generated/translations', {recursive: true});
const missingHookups = [];
for (const folder of widgetFolders) {
  const groups = ['shared', ...groupsOfWidget[folder]].filter((g, i, all) => all.indexOf(g) === i);
  const perLocale = Object.entries(loaders)
    .map(([locale, available]) => {
      const lines = groups.filter((g) => available.includes(g)).map((g) => `    ${JSON.stringify(g)}: () => import('../locales/${locale}/${g}.js'),`);
      return lines.length ? `  ${JSON.stringify(locale)}: {\n${lines.join('\n')}\n  },` : '';
    })
    .filter(Boolean)
    .join('\n');
  writeFileSync(
    `src/generated/translations/${folder}.ts`,
    `// Generated by scripts/localize-split.mjs. Do not edit.
import type {Translations} from '../../core/localize.js';

/** Loaders of the strings <ms-${folder}> shows, by language and group. */
export const translations: Translations = {
${perLocale}
};
`
  );
  const classFile = `src/widgets/${folder}/${folder}.ts`;
  if (!readFileSync(classFile, 'utf8').includes(`generated/translations/${folder}.js`)) missingHookups.push(classFile);
}
if (missingHookups.length) {
  console.error(`These widget classes do not import their translations (add "static override translations = translations"):\n  ${missingHookups.join('\n  ')}`);
  process.exitCode = 1;
}
console.log(`Split ${groupsById.size} messages into ${Object.values(loaders).flat().length} modules for ${Object.keys(loaders).length} languages.`);
