#!/usr/bin/env node
// `npm start`: builds the add-in in development mode and serves it on https://localhost:3000.
// Where desktop Excel is installed it also sideloads the add-in, as Office's own tooling does;
// everywhere else (Linux, a machine without Office) it prints the browser preview's address, which
// runs the same pane on the example workbook without Excel and without any network.
//
//   npm start                 serve, and sideload into Excel where Excel is installed
//   npm start -- --no-excel   serve only (the preview), even where Excel is installed
//   npm start -- --open       also open the preview in the default browser
//   PORT=3001 npm start       another port (the manifest's URLs stay on 3000)
import { createRequire } from 'node:module';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { X509Certificate } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const port = Number(process.env.PORT ?? 3000);

function say(line = '') {
  process.stdout.write(`${line}\n`);
}

/** Where desktop Excel is installed, the path that proves it; otherwise null. */
export function findDesktopExcel(platform = process.platform) {
  if (platform === 'darwin') {
    const app = '/Applications/Microsoft Excel.app';
    return fs.existsSync(app) ? app : null;
  }
  if (platform === 'win32') {
    // Click-to-Run and MSI installs, 64- and 32-bit; the registry's App Paths covers the rest.
    const bases = [process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter(Boolean);
    for (const base of bases) {
      for (const dir of ['Microsoft Office\\root\\Office16', 'Microsoft Office\\Office16']) {
        const exe = path.win32.join(base, dir, 'EXCEL.EXE');
        if (fs.existsSync(exe)) return exe;
      }
    }
    const reg = spawnSync(
      'reg',
      ['query', 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe', '/ve'],
      {
        encoding: 'utf8',
      },
    );
    const match = reg.status === 0 ? /REG_SZ\s+(.+EXCEL\.EXE)/i.exec(reg.stdout) : null;
    return match ? match[1].trim().replace(/^"|"$/g, '') : null;
  }
  return null;
}

/** True when the certificate file exists and is valid for at least another day. */
function certificateIsFresh(file) {
  try {
    const cert = new X509Certificate(fs.readFileSync(file));
    return Date.parse(cert.validTo) - Date.now() > 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

/**
 * The https options for the dev server, or null for webpack-dev-server's own self-signed
 * certificate. With Excel present: office-addin-dev-certs as Office's tooling uses it (it installs
 * its CA into the user's certificate store, asking the user once). Without Excel (Linux, CI): the same
 * certificates, generated without touching the system store: its Linux installer runs `sudo`,
 * which would stop a non-interactive start to ask for a password, and Linux browsers keep their own
 * trust store anyway.
 */
async function certificates(excel) {
  const devCerts = require('office-addin-dev-certs');
  const defaults = require('office-addin-dev-certs/lib/defaults.js');
  const files = {
    ca: defaults.caCertificatePath,
    cert: defaults.localhostCertificatePath,
    key: defaults.localhostKeyPath,
  };
  try {
    if (excel) {
      const options = await devCerts.getHttpsServerOptions();
      return { options, trusted: true, files };
    }
    if (!Object.values(files).every((f) => fs.existsSync(f)) || !certificateIsFresh(files.cert)) {
      for (const f of Object.values(files)) fs.rmSync(f, { force: true });
      await devCerts.generateCertificates(
        files.ca,
        files.cert,
        files.key,
        defaults.daysUntilCertificateExpires,
        defaults.domain,
      );
    }
    const options = {
      ca: fs.readFileSync(files.ca),
      cert: fs.readFileSync(files.cert),
      key: fs.readFileSync(files.key),
    };
    return { options, trusted: false, files };
  } catch (error) {
    say(`Kunde inte skapa utvecklingscertifikat / could not create the development certificates:`);
    say(`  ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    say(`  Using a self-signed certificate from webpack-dev-server instead.`);
    return { options: null, trusted: false, files: null };
  }
}

/**
 * The webpack configuration in development mode. Not with WEBPACK_SERVE: then webpack.config.js
 * asks office-addin-dev-certs to install its CA (sudo on Linux); certificates() decided that here.
 */
async function loadWebpackConfig() {
  const exported = require(path.join(root, 'webpack.config.js'));
  const env = { WEBPACK_BUNDLE: true };
  const argv = { mode: 'development', env };
  let config = typeof exported === 'function' ? await exported(env, argv) : await exported;
  if (Array.isArray(config)) config = config[0];
  return { ...config, mode: 'development' };
}

async function serve(https) {
  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const config = await loadWebpackConfig();
  const server = https.options ? { type: 'https', options: https.options } : { type: 'https' };
  const devServer = {
    ...(config.devServer ?? {}),
    port,
    host: 'localhost',
    server,
    // The preview must start without any network: no live-reload client fetched from elsewhere,
    // and no browser opened unless asked.
    open: false,
  };
  const compiler = webpack(config);
  const firstBuild = new Promise((resolve) =>
    compiler.hooks.done.tap('insatsbudget-start', (stats) => resolve(stats)),
  );
  const instance = new WebpackDevServer(devServer, compiler);
  await instance.start();
  const stats = await firstBuild;
  // Let webpack print its build summary first, so that the address comes last.
  await new Promise((resolve) => setTimeout(resolve, 200));
  if (stats.hasErrors()) say(stats.toString({ all: false, errors: true, colors: true }));
  return instance;
}

function openBrowser(url) {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const commandArgs = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  const child = spawn(command, commandArgs, { stdio: 'ignore', detached: true });
  child.on('error', () =>
    say(`(Kunde inte öppna en webbläsare / could not open a browser: open ${url} yourself.)`),
  );
  child.unref();
}

function sideload() {
  // Not a dependency: office-addin-debugging pulls a native module that does not build on Linux.
  // npx fetches it where it is used, on Windows and Mac with Excel.
  say('Sidoladdar tillägget i Excel / sideloading the add-in into Excel (npx office-addin-debugging) …');
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const child = spawn(
    npx,
    [
      '--yes',
      'office-addin-debugging',
      'start',
      'manifest.xml',
      'desktop',
      '--app',
      'excel',
      '--dev-server-port',
      String(port),
    ],
    {
      cwd: root,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    },
  );
  child.on('exit', (code) => {
    if (code)
      say(
        `office-addin-debugging avslutades med kod ${code} / exited with code ${code}; the preview still runs.`,
      );
  });
  return () => {
    spawnSync(npx, ['--yes', 'office-addin-debugging', 'stop', 'manifest.xml'], {
      cwd: root,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
  };
}

async function main() {
  const excel = args.has('--no-excel') ? null : findDesktopExcel();
  const https = await certificates(excel);
  say(`Bygger och startar utvecklingsservern / building and starting the dev server on port ${port} …`);
  const server = await serve(https);
  const url = `https://localhost:${port}/preview.html`;

  say('');
  say('Insatsbudget körs / is running.');
  say(`  Förhandsvisning utan Excel / preview without Excel:  ${url}`);
  if (!https.trusted) {
    say(
      https.files
        ? `  The browser will warn about the certificate until you trust ${https.files.ca}\n  (Linux: import it in the browser's certificate settings, or run \`npx office-addin-dev-certs install\` with sudo).`
        : '  The certificate is self-signed: accept the browser warning once.',
    );
  }
  let stopSideload = null;
  if (excel) {
    say(`  Excel hittades / Excel found: ${excel}`);
    stopSideload = sideload();
  } else {
    say(
      args.has('--no-excel')
        ? '  Sidoladdning i Excel avstängd (--no-excel) / sideloading into Excel switched off.'
        : `  Ingen skrivbordsversion av Excel hittades (${os.type()}): bara förhandsvisningen startar.\n  No desktop Excel found: serving the preview only. In Excel on the web, upload manifest.xml under Home → Add-ins.`,
    );
  }
  if (args.has('--open')) openBrowser(url);
  say('  Stoppa med Ctrl+C / stop with Ctrl+C.');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    if (stopSideload) stopSideload();
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
