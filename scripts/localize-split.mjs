/**
 * Splits each language's translations into one small module per widget, so a
 * page downloads only the strings of the widgets it shows, in the language
 * they show.
 *
 * 1. `lit-localize build` writes one module per language to .localize-build/.
 * 2. This script asks lit-localize's own analyser which source files each
 *    message comes from, and TypeScript's import scanner which files each
 *    widget reaches from src/widgets/<widget>/define.ts.
 * 3. Each message goes into the file of every widget that can show it.
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

// 1. Which source files hold each message (a message can be in several).
const files = fastGlob
  .sync(config.inputFiles, {cwd: root, absolute: true})
  .filter((f) => !f.includes('/generated/') && !/\.(test|stories)\.ts$/.test(f));
const tsconfig = ts.getParsedCommandLineOfConfigFile('tsconfig.json', {}, {...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {}});
const program = ts.createProgram(files, tsconfig.options);
const filesById = new Map();
for (const sf of program.getSourceFiles()) {
  if (!files.includes(resolve(sf.fileName))) continue;
  const single = Object.create(program, {getSourceFiles: {value: () => [sf]}});
  for (const message of extractMessagesFromProgram(single).messages) {
    if (!filesById.has(message.name)) filesById.set(message.name, new Set());
    filesById.get(message.name).add(resolve(sf.fileName));
  }
}

// 2. Which files each widget can show strings from: TypeScript's own import
// scanner follows static and dynamic imports from its define.ts through
// core, behaviours, parts and content (widgets never import each other).
function reachable(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const {importedFiles} = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const {fileName: spec} of importedFiles) {
      if (!spec.startsWith('.') || spec.includes('/generated/')) continue;
      visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
    }
  };
  visit(entry);
  return seen;
}
const widgetFolders = fastGlob.sync('src/widgets/*/define.ts', {cwd: root}).map((f) => f.split('/')[2]).sort();
const reachedBy = Object.fromEntries(widgetFolders.map((w) => [w, reachable(join(root, 'src', 'widgets', w, 'define.ts'))]));

/**
 * Each widget gets one file per language holding every string it can show,
 * core strings included; a string that several widgets show is copied into
 * each of their files. So a widget in French costs one small request, and a
 * page downloads only strings of the widgets it has.
 */
const groupsById = new Map();
for (const [id, holders] of filesById) {
  const showing = widgetFolders.filter((w) => [...holders].some((file) => reachedBy[w].has(file)));
  if (showing.length) groupsById.set(id, new Set(showing));
}
const groupsOfWidget = Object.fromEntries(widgetFolders.map((w) => [w, [w]]));

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
  const groups = groupsOfWidget[folder];
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
