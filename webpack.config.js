// Builds the task pane (taskpane.html) and the ribbon's function file (commands.html) into dist/.
//
//   webpack --mode production    office.js from Microsoft's CDN (the Marketplace requires it);
//                                dist/manifest.xml points at $ADDIN_URL (same Id).
//   webpack --mode development   office.js from node_modules, so the dev server and the browser
//   webpack serve                preview work with no network; the manifest keeps localhost:3000.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { productionManifest } = require('./scripts/manifest.cjs');

const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The manifest as the build should write it; throws (failing the build) on a bad ADDIN_URL. */
function manifestFor(dev) {
  const addinUrl = process.env.ADDIN_URL;
  if (dev) return (xml) => xml;
  if (!addinUrl) {
    console.warn(
      'WARNING: ADDIN_URL is not set, so dist/manifest.xml still points at https://localhost:3000.\n' +
        '         Set it to the https address dist/ will be served from, e.g. ADDIN_URL=https://example.org/insatsbudget',
    );
    return (xml) => xml;
  }
  productionManifest('', addinUrl); // validate now, so a bad URL stops the build before it starts
  return (xml) => productionManifest(xml, addinUrl);
}

/**
 * Office's development certificates, which Excel trusts once their CA is installed. Installing needs
 * sudo on Linux; where that fails the certificates it generated are still used (the browser warns
 * until the CA is trusted). null → webpack-dev-server's own self-signed certificate.
 */
async function devCertificates() {
  try {
    return await require('office-addin-dev-certs').getHttpsServerOptions();
  } catch (error) {
    console.warn(
      `Office development certificates not installed: ${String(error.message ?? error).split('\n')[0]}`,
    );
    try {
      const files = require('office-addin-dev-certs/lib/defaults.js');
      const read = (file) => require('node:fs').readFileSync(file);
      return {
        ca: read(files.caCertificatePath),
        cert: read(files.localhostCertificatePath),
        key: read(files.localhostKeyPath),
      };
    } catch {
      console.warn('Using a self-signed certificate instead: accept the browser warning once.');
      return null;
    }
  }
}

/**
 * <link rel="preload"> in a page's head for the chunks its entry imports at once (taskpane.html: the
 * pane's session, then the pane; preview.html: the preview's session, then its app), so that they download while the first paint's scripts
 * (and, in Excel, office.js) load, instead of only once the entry has run. The preload scanner finds
 * them past office.js's blocking script.
 */
class PreloadChunks {
  constructor(pages) {
    this.pages = pages;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap('PreloadChunks', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTags.tap('PreloadChunks', (data) => {
        const groups = (this.pages[data.outputName] ?? [])
          .map((name) => compilation.namedChunkGroups.get(name))
          .filter(Boolean);
        // In the order given (the session's chunks before the pane's), each file once.
        const seen = new Set(data.assetTags.scripts.map((tag) => tag.attributes.src));
        for (const group of groups)
          for (const chunk of group.chunks)
            for (const file of chunk.files) {
              const href = `${data.publicPath}${file}`;
              if (!file.endsWith('.js') || seen.has(href)) continue;
              seen.add(href);
              // After the page's own scripts, which the browser then fetches first: the first paint
              // needs them, the chunks only after it.
              data.assetTags.scripts.push(
                HtmlWebpackPlugin.createHtmlTagObject('link', { rel: 'preload', as: 'script', href }),
              );
            }
        return data;
      });
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  const transformManifest = manifestFor(dev);
  const https = env.WEBPACK_SERVE ? await devCertificates() : null;
  // Relative in dev (the copy below sits beside taskpane.html), so a dist/ served under any path works.
  const officeJs = dev ? 'office-js/office.js' : CDN_OFFICE_JS;

  return {
    mode: dev ? 'development' : 'production',
    entry: {
      taskpane: './src/pane/index.tsx',
      commands: './src/commands/commands.ts',
      // The browser preview without Excel: its own page, so it never loads or waits for office.js.
      preview: './src/preview/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      // Content hashes in production so a redeploy is never served from a stale cache.
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      assetModuleFilename: 'assets/[name].[contenthash:8][ext]',
      clean: true,
    },
    // Office's debuggers show the TypeScript source; eval maps keep dev rebuilds fast.
    devtool: dev ? 'eval-cheap-module-source-map' : 'source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          // swc only strips types (tsc type-checks in `npm run typecheck`), which keeps builds fast.
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: dev } },
                target: 'es2020',
              },
            },
          },
        },
        { test: /\.(png|svg)$/, type: 'asset/resource' },
      ],
    },
    optimization: {
      // Shared vendor code in its own chunks, and every dynamic import() (ExcelJS, the preview) in
      // a chunk loaded only when needed, so the pane's first paint carries only what it shows.
      splitChunks: { chunks: 'all' },
    },
    // Budgets are measured by `npm run bench`; webpack's fixed 244 KiB hint would only add noise.
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        template: './src/pane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        officeJs,
      }),
      new HtmlWebpackPlugin({
        template: './src/commands/commands.html',
        filename: 'commands.html',
        chunks: ['commands'],
        officeJs,
      }),
      new HtmlWebpackPlugin({
        template: './src/preview/preview.html',
        filename: 'preview.html',
        chunks: ['preview'],
      }),
      new PreloadChunks({
        'taskpane.html': ['pane-session', 'pane'],
        'preview.html': ['preview-session', 'preview-app'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => transformManifest(content.toString()),
          },
          // office.js loads host- and locale-specific scripts from beside itself: copy its whole dist/.
          ...(dev ? [{ from: 'node_modules/@microsoft/office-js/dist', to: 'office-js' }] : []),
        ],
      }),
    ],
    // Thousands of copied office.js files would drown the build's own output.
    stats: { assets: true, excludeAssets: [/^office-js\//], modules: false },
    devServer: {
      port: 3000,
      // Office loads the pane and the function file from another origin than the host's.
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https ? { type: 'https', options: https } : { type: 'https' },
      static: false,
    },
  };
};
