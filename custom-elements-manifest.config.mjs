/**
 * Settings for `cem analyze` (read automatically; scripts/manifest.mjs passes
 * the globs). One plugin: attribute and property types that are named unions
 * of string literals (`Theme`, or `(typeof TOPICS)[number]` over an
 * `as const` array) are written out as the union itself
 * (`'light' | 'dark' | 'auto'`), so Storybook, the embed-code builder and
 * editors can offer the allowed values instead of a free-text field.
 */

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function literalUnionTypes() {
  /** alias name -> union text, e.g. Theme -> "'light' | 'dark' | 'auto'" */
  const aliases = new Map();
  /** const array name -> its literals, e.g. TOPICS -> ['grounding', ...] */
  const constArrays = new Map();
  /** alias name -> const array it indexes, resolved once every module is read */
  const indexed = new Map();

  return {
    name: 'literal-union-types',
    analyzePhase({ts, node}) {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        let init = node.initializer;
        if (ts.isAsExpression(init)) init = init.expression;
        if (ts.isArrayLiteralExpression(init) && init.elements.length && init.elements.every(ts.isStringLiteral)) {
          constArrays.set(node.name.text, init.elements.map((e) => e.text));
        }
      }
      if (!ts.isTypeAliasDeclaration(node)) return;
      const type = node.type;
      if (ts.isUnionTypeNode(type) && type.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))) {
        aliases.set(node.name.text, type.types.map((t) => `'${t.literal.text}'`).join(' | '));
      } else if (
        ts.isIndexedAccessTypeNode(type) &&
        ts.isTypeQueryNode(type.objectType.type ?? type.objectType) &&
        type.indexType.kind === ts.SyntaxKind.NumberKeyword
      ) {
        const query = type.objectType.type ?? type.objectType;
        if (ts.isIdentifier(query.exprName)) indexed.set(node.name.text, query.exprName.text);
      }
    },
    packageLinkPhase({customElementsManifest}) {
      for (const [alias, array] of indexed) {
        const values = constArrays.get(array);
        if (values) aliases.set(alias, values.map((v) => `'${v}'`).join(' | '));
      }
      const resolve = (typed) => {
        const text = typed?.type?.text;
        if (!text) return;
        const parts = text.split('|').map((p) => p.trim());
        if (!parts.some((p) => aliases.has(p))) return;
        typed.type.text = parts.map((p) => aliases.get(p) ?? p).join(' | ');
      };
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          for (const item of [...(decl.attributes ?? []), ...(decl.members ?? [])]) resolve(item);
        }
      }
    },
  };
}

export default {
  plugins: [literalUnionTypes()],
};
