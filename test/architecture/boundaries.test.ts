// The may-import table exists twice: for people in docs/architecture.md and for the lint rule in
// scripts/import-boundaries.json. This keeps them the same, and checks that the lint rule runs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';

const root = path.join(__dirname, '..', '..');
const table = JSON.parse(fs.readFileSync(path.join(root, 'scripts/import-boundaries.json'), 'utf8')) as {
  folders: Record<string, { may: string[]; packages: string[] }>;
};

function documented(): Record<string, { may: string[]; packages: string[] }> {
  const doc = fs.readFileSync(path.join(root, 'docs/architecture.md'), 'utf8');
  const rows: Record<string, { may: string[]; packages: string[] }> = {};
  for (const line of doc.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const folder = /^`src\/(.+)`$/.exec(cells[1] ?? '')?.[1];
    if (!folder || cells.length !== 5) continue;
    const [folders = '', packages = ''] = cells[3]!.split('·').map((s) => s.trim());
    const list = (s: string) => (s === '—' || s === '' ? [] : s.split(',').map((x) => x.trim()));
    rows[folder] = { may: list(folders), packages: packages === 'any' ? ['*'] : list(packages) };
  }
  return rows;
}

describe('import boundaries', () => {
  it('docs/architecture.md draws the table the lint rule enforces', () => {
    const sorted = (t: Record<string, { may: string[]; packages: string[] }>) =>
      Object.fromEntries(
        Object.entries(t)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => [k, { may: [...v.may].sort(), packages: [...v.packages].sort() }]),
      );
    expect(sorted(documented())).toEqual(sorted(table.folders));
  });

  it('covers every folder of src', () => {
    const folders = fs
      .readdirSync(path.join(root, 'src'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        d.name === 'adapters'
          ? fs.readdirSync(path.join(root, 'src/adapters')).map((a) => `adapters/${a}`)
          : [d.name],
      );
    expect(folders.sort()).toEqual(Object.keys(table.folders).sort());
  });

  it('the lint rule reports an import the table forbids', () => {
    // Linted from stdin as if it were a file of src/engine: nothing is written into src.
    const eslint = path.join(root, 'node_modules/eslint/bin/eslint.js');
    const lint = (code: string): string => {
      try {
        execFileSync(process.execPath, [eslint, '--stdin', '--stdin-filename', 'src/engine/probe.ts'], {
          cwd: root,
          input: code,
          encoding: 'utf8',
        });
        return '';
      } catch (error) {
        return String((error as { stdout?: string }).stdout);
      }
    };
    expect(lint("import { labels } from '../summary/labels';\nexport const probe = labels;\n")).toContain(
      'src/engine may not import src/summary',
    );
    expect(lint("import * as fs from 'node:fs';\nexport const probe = fs;\n")).toContain(
      'src/engine may not import the package node:fs',
    );
    expect(lint("import { nameKey } from '../workbook/names';\nexport const probe = nameKey;\n")).toBe('');
  });
});
