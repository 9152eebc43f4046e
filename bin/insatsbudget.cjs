#!/usr/bin/env node
// `insatsbudget`: runs the compiled bundle that `npm ci` builds (scripts/build-cli.mjs). Without it
// (a checkout before the build, or INSATSBUDGET_SOURCES=1 while developing) tsx compiles the
// TypeScript sources on load, which costs about a second per start.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli', 'insatsbudget.cjs');
if (!process.env.INSATSBUDGET_SOURCES && fs.existsSync(bundle)) {
  require(bundle).run(process.argv.slice(2));
} else {
  require('tsx/cjs');
  require('../src/cli/main.ts').run(process.argv.slice(2));
}
