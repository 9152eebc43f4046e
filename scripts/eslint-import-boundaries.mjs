// An ESLint rule that keeps every import in src to the "may import" table of docs/architecture.md
// (the table itself is scripts/import-boundaries.json). Relative imports are resolved to the folder
// they land in; type-only and dynamic imports count too, since they are dependencies all the same.
import * as fs from 'node:fs';
import * as path from 'node:path';

const table = JSON.parse(fs.readFileSync(new URL('./import-boundaries.json', import.meta.url), 'utf8'));
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** 'src/adapters/excel/read.ts' → 'adapters/excel'; 'src/engine/validate/x.ts' → 'engine'. */
function folderOf(file) {
  const parts = path.relative(path.join(root, 'src'), file).split(path.sep);
  if (parts[0] === '..' || parts[0] === '') return null;
  // A folder's index ('../summary') is the folder itself.
  return parts[0] === 'adapters' && parts[1] ? `adapters/${parts[1]}` : parts[0];
}

function packageOf(spec) {
  if (spec.startsWith('node:')) return spec;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'imports follow the may-import table of docs/architecture.md' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = folderOf(file);
    const rules = from ? table.folders[from] : undefined;
    if (!from) return {};
    const entry = table.entries[path.relative(root, file).split(path.sep).join('/')] ?? [];
    const check = (node, spec) => {
      if (typeof spec !== 'string') return;
      if (!rules) {
        context.report({ node, message: `src/${from} is not in scripts/import-boundaries.json` });
        return;
      }
      if (spec.startsWith('.')) {
        const to = folderOf(path.resolve(path.dirname(file), spec));
        if (to === null || to === from || rules.may.includes(to) || entry.includes(to)) return;
        context.report({
          node,
          message: `src/${from} may not import src/${to} (docs/architecture.md; allowed: ${rules.may.join(', ') || 'none'})`,
        });
        return;
      }
      const pkg = packageOf(spec);
      if (rules.packages.includes('*') || rules.packages.includes(pkg)) return;
      context.report({
        node,
        message: `src/${from} may not import the package ${pkg} (docs/architecture.md; allowed: ${rules.packages.join(', ') || 'none'})`,
      });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { 'allowed-imports': rule } };
