/**
 * The Custom Elements Manifest analyzer's configuration (`npm run manifest` writes
 * custom-elements.json): the storefront elements' classes, read from their JSDoc headers
 * (@summary, attributes, @event, @csspart, @cssproperty, @slot) with Lit's decorators
 * understood, and our `defineElement(tag, Class)` registration taught by a small plugin.
 */
function defineElementPlugin() {
  return {
    name: 'rapport-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, cls] = node.arguments;
      if (!tag || !cls || !ts.isStringLiteral(tag)) return;
      const name = cls.getText();
      const decl = moduleDoc.declarations?.find((d) => d.name === name);
      if (decl) {
        decl.tagName = tag.text;
        decl.customElement = true;
      }
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []).filter((e) => !(e.kind === 'custom-element-definition' && e.name === tag.text)),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name, module: moduleDoc.path } },
      ];
    },
  };
}

/** The analyzer also lists `dispatchEvent(new SomeEvent())` calls it cannot name; the named ones come from the JSDoc. */
function namedEventsOnly() {
  return {
    name: 'rapport-named-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) if (d.events) d.events = d.events.filter((e) => e.name);
      }
    },
  };
}

export default {
  globs: ['widgets/*/rapport-*.ts'],
  exclude: ['widgets/**/*.styles.ts', 'widgets/admin/**', 'widgets/core/**'],
  litelement: true,
  packagejson: false,
  plugins: [defineElementPlugin(), namedEventsOnly()],
};
