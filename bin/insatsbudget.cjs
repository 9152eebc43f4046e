#!/usr/bin/env node
// `insatsbudget` after `npm ci`, with no build step: tsx compiles the TypeScript sources on load.
'use strict';
require('tsx/cjs');
require('../src/cli/main.ts').run(process.argv.slice(2));
