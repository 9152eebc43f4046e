// The pane's JavaScript budget. Builds the add-in in production mode with webpack.config.js, and an
// empty React + Fluent UI v9 page (a FluentProvider with one Button) with the same loaders and
// optimisation, and compares what each loads initially. Target: the pane's initial JavaScript
// (gzip) at most 1.5 × the empty page's. ExcelJS and other heavy code must not be initial.
//
//   npx tsx bench/bundle.ts
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '..');
const WORK = path.join(ROOT, 'node_modules', '.cache', 'insatsbudget-bench');
const TARGET_RATIO = 1.5;
/** Packages that must only ever arrive in lazy chunks. */
const HEAVY = ['exceljs', 'jszip'];

interface Sizes {
  raw: number;
  gzip: number;
  files: string[];
}

interface ChunkInfo {
  name: string;
  files: string[];
  initial: boolean;
  packages: Set<string>;
  /** Package (or 'src/<folder>' for our own code) → minified bytes of its modules in this chunk. */
  bytes: Map<string, number>;
}

interface BuildResult {
  outDir: string;
  stats: webpack.StatsCompilation;
}

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => Promise<webpack.Configuration>;

async function productionConfig(outDir: string): Promise<webpack.Configuration> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(path.join(ROOT, 'webpack.config.js')) as ConfigFactory;
  const config = await factory({ WEBPACK_BUILD: true }, { mode: 'production' });
  return {
    ...config,
    mode: 'production',
    context: ROOT,
    output: { ...config.output, path: outDir },
    infrastructureLogging: { level: 'error' },
  };
}

function compile(config: webpack.Configuration): Promise<webpack.StatsCompilation> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (!stats) return reject(new Error('webpack returned no stats'));
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(
        stats.toJson({
          all: false,
          assets: true,
          chunks: true,
          chunkModules: true,
          entrypoints: true,
          chunkGroups: true,
          outputPath: true,
        }),
      );
    });
  });
}

async function buildAddin(): Promise<BuildResult> {
  const outDir = path.join(WORK, 'addin');
  fs.rmSync(outDir, { recursive: true, force: true });
  const stats = await compile(await productionConfig(outDir));
  fs.writeFileSync(path.join(WORK, 'addin-stats.json'), JSON.stringify(stats));
  return { outDir, stats };
}

/** The empty page: React + Fluent UI v9, one Button, built with the add-in's loaders and optimisation. */
async function buildEmptyPage(): Promise<BuildResult> {
  const outDir = path.join(WORK, 'empty');
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(WORK, { recursive: true });
  // Inside the repository's node_modules so that react and Fluent resolve as for the pane; .tsx so
  // that it goes through the same swc-loader rule as the pane's code.
  const source = path.join(WORK, 'empty-page.tsx');
  fs.writeFileSync(
    source,
    [
      "import { createRoot } from 'react-dom/client';",
      "import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';",
      "createRoot(document.getElementById('root')!).render(",
      '  <FluentProvider theme={webLightTheme}><Button>Knapp</Button></FluentProvider>,',
      ');',
      '',
    ].join('\n'),
  );
  const base = await productionConfig(outDir);
  // The add-in's swc rule excludes /node_modules/; the page lives under node_modules/.cache, so the
  // same rule is applied with that exclusion narrowed to real packages.
  const rules = (base.module?.rules ?? []).map((rule) =>
    rule && typeof rule === 'object' && String(rule.test) === String(/\.tsx?$/)
      ? { ...rule, exclude: /node_modules[\\/](?!\.cache)/ }
      : rule,
  );
  const config: webpack.Configuration = {
    ...base,
    entry: { empty: source },
    module: { ...base.module, rules },
    // No HTML or copied files: only the JavaScript is compared.
    plugins: [],
  };
  const stats = await compile(config);
  return { outDir, stats };
}

function sizesOf(outDir: string, files: string[]): Sizes {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(outDir, file));
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, files };
}

/** The scripts taskpane.html loads by itself (office.js from the CDN excluded: it is Microsoft's). */
function initialScriptsOfHtml(outDir: string, html: string): string[] {
  const text = fs.readFileSync(path.join(outDir, html), 'utf8');
  // The production HTML is minified: attribute values may be unquoted.
  return [...text.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => (m[1] ?? m[2] ?? m[3])!)
    .filter((src) => !/^https?:/.test(src) && !src.includes('office-js/'))
    .map((src) => src.replace(/^\.?\//, ''));
}

function packageOf(moduleName: string): string | null {
  const m = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(moduleName);
  return m ? m[1]!.replace(/\\/g, '/') : null;
}

function chunksOf(stats: webpack.StatsCompilation): ChunkInfo[] {
  return (stats.chunks ?? []).map((chunk) => {
    const packages = new Set<string>();
    const bytes = new Map<string, number>();
    const visit = (modules: webpack.StatsModule[] | undefined) => {
      for (const m of modules ?? []) {
        const name = m.name ?? m.identifier ?? '';
        const pkg = packageOf(name);
        if (pkg) packages.add(pkg);
        // Concatenated modules list their parts: count the parts, not the whole again.
        if (m.modules?.length) visit(m.modules);
        else {
          const owner = pkg ?? /\.\/(src\/[^/]+)/.exec(name)?.[1] ?? 'other';
          bytes.set(owner, (bytes.get(owner) ?? 0) + (m.size ?? 0));
        }
      }
    };
    visit(chunk.modules);
    return {
      name: String(chunk.names?.[0] ?? chunk.id),
      files: (chunk.files ?? []).filter((f) => f.endsWith('.js')),
      initial: Boolean(chunk.initial),
      packages,
      bytes,
    };
  });
}

/** 'react', '@fluentui/* (40)', …: scoped families collapsed. */
function summarisePackages(packages: Set<string>): string {
  const families = new Map<string, number>();
  for (const pkg of packages) {
    const key = pkg.startsWith('@') ? `${pkg.split('/')[0]}/*` : pkg;
    families.set(key, (families.get(key) ?? 0) + 1);
  }
  return [...families]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, n]) => (name.endsWith('/*') ? `${name} (${n})` : name))
    .join(', ');
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function allJs(outDir: string, stats: webpack.StatsCompilation): Sizes {
  const files = (stats.assets ?? [])
    .map((a) => a.name)
    .filter((name) => name.endsWith('.js') && !name.startsWith('office-js/'));
  return sizesOf(outDir, files);
}

export async function run(): Promise<void> {
  const started = Date.now();
  const addin = await buildAddin();
  const empty = await buildEmptyPage();

  const paneFiles = initialScriptsOfHtml(addin.outDir, 'taskpane.html');
  const pane = sizesOf(addin.outDir, paneFiles);
  const paneTotal = allJs(addin.outDir, addin.stats);
  const emptyFiles = (empty.stats.entrypoints?.empty?.assets ?? [])
    .map((a) => a.name)
    .filter((n) => n.endsWith('.js'));
  const emptyPage = sizesOf(empty.outDir, emptyFiles);

  const ratio = pane.gzip / emptyPage.gzip;
  // In Excel the first paint (src/pane/loading.tsx) shows the workbook's figures from last time,
  // marked as being checked, when the pane has run on it before (else a spinner). The verified
  // figures need the session's chunk (src/pane/excel-session.ts: session, contract, engine, the
  // Excel adapter; no Fluent), which the first paint draws them with; the pane's own chunk (Fluent,
  // the views) is needed before anything can be operated. Both downloads start with the first script.
  const groupFiles = (name: string, besides: string[]) =>
    (addin.stats.namedChunkGroups?.[name]?.assets ?? [])
      .map((a) => a.name)
      .filter((n) => n.endsWith('.js') && !besides.includes(n));
  const sessionChunk = groupFiles('pane-session', paneFiles);
  const untilVerified = sizesOf(addin.outDir, [...paneFiles, ...sessionChunk]);
  const paneChunk = groupFiles('pane', [...paneFiles, ...sessionChunk]);
  const untilUsable = sizesOf(addin.outDir, [...paneFiles, ...sessionChunk, ...paneChunk]);
  const previewFiles = initialScriptsOfHtml(addin.outDir, 'preview.html');
  const previewFirst = sizesOf(addin.outDir, previewFiles);
  const times = (n: number) => `${(n / emptyPage.gzip).toFixed(2)} × the empty page`;
  console.log(`production builds in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log('');
  console.log('                                   raw          gzip');
  const line = (label: string, sizes: Sizes, note: string) =>
    console.log(
      `  ${label.padEnd(30)} ${kb(sizes.raw).padStart(10)}  ${kb(sizes.gzip).padStart(10)}   (${note})`,
    );
  line('pane, initial JS', pane, `${paneFiles.join(', ')}; = ${times(pane.gzip)}`);
  line('empty React+Fluent', emptyPage, emptyFiles.join(', '));
  line(
    'pane, until verified figures',
    untilVerified,
    `+ the session's chunk: ${sessionChunk.length} files; = ${times(untilVerified.gzip)}`,
  );
  line(
    'pane, until it can be used',
    untilUsable,
    `+ the pane's chunk (Fluent, views): ${paneChunk.length} files; = ${times(untilUsable.gzip)}`,
  );
  line('preview.html, initial JS', previewFirst, `${previewFiles.join(', ')}; = ${times(previewFirst.gzip)}`);
  line('pane, all JS', paneTotal, `${paneTotal.files.length} files, lazy chunks included`);
  console.log('');
  const verdict = (r: number) =>
    `${r.toFixed(2)} ×; target ≤ ${TARGET_RATIO} × → ${r <= TARGET_RATIO ? 'met' : 'missed'}`;
  console.log(`  initial JS (gzip) against the empty page: ${verdict(ratio)}`);
  console.log(
    `  JS until first figures (gzip), a workbook the pane has computed before (figures from last time, being checked): ${verdict(ratio)}`,
  );
  console.log(
    `  JS until first figures (gzip), a workbook opened for the first time (verified figures): ${verdict(untilVerified.gzip / emptyPage.gzip)}`,
  );

  const chunks = chunksOf(addin.stats);
  const initialNames = new Set(paneFiles);
  const loadedFirst = chunks.filter((c) => c.files.some((f) => initialNames.has(f)));
  for (const pkg of HEAVY) {
    const homes = chunks.filter((c) => c.packages.has(pkg));
    const where = homes.length
      ? homes.map((c) => `${c.files.join('+')}${c.initial ? ' (initial!)' : ' (lazy)'}`).join(', ')
      : 'not bundled';
    const inFirst = loadedFirst.some((c) => c.packages.has(pkg));
    console.log(
      `  ${pkg.padEnd(10)} lives in: ${where} → ${inFirst ? 'IN THE INITIAL LOAD (budget broken)' : 'not in the initial load'}`,
    );
  }
  console.log('');
  console.log('  chunks loaded first by taskpane.html:');
  for (const c of loadedFirst) {
    console.log(`    ${c.files.join(', ')}: ${summarisePackages(c.packages) || '(own code only)'}`);
  }
  const contributors = new Map<string, number>();
  for (const c of loadedFirst)
    for (const [owner, n] of c.bytes) contributors.set(owner, (contributors.get(owner) ?? 0) + n);
  const family = (owner: string) => (owner.startsWith('@fluentui/') ? '@fluentui/*' : owner);
  const grouped = new Map<string, number>();
  for (const [owner, n] of contributors) grouped.set(family(owner), (grouped.get(family(owner)) ?? 0) + n);
  console.log('  largest parts of the initial load (module sizes before minification):');
  for (const [owner, n] of [...grouped].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    console.log(`    ${owner.padEnd(28)} ${kb(n).padStart(10)}`);
  }
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
