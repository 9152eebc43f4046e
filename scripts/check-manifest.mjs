#!/usr/bin/env node
// `npm run test:manifest`: validates manifest.xml (and dist/manifest.xml, the production build's,
// when it exists) against Office's XSDs with xmllint, then runs the checks the schema cannot make
// (scripts/manifest.cjs). One line per check; exits 1 when any fails.
//
// The XSDs live outside the repository, in ../shared/office-addin-manifest-xsd (MANIFEST_XSD_DIR
// overrides). Where they or xmllint are missing the schema check is skipped and says so — except
// under CI (CI=true), where a skipped schema check is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { checkManifest, manifestId } = require('./manifest.cjs');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const xsdDir = process.env.MANIFEST_XSD_DIR
  ? resolve(process.env.MANIFEST_XSD_DIR)
  : resolve(root, '..', 'shared', 'office-addin-manifest-xsd');
const xsd = join(xsdDir, 'OfficeAppManifestV1_1.xsd');
const ci = process.env.CI === 'true';

let failed = false;
const report = (status, file, what, problems = []) => {
  if (status === 'FAIL') failed = true;
  console.log(`${status.padEnd(4)}  ${file}: ${what}`);
  for (const p of problems) console.log(`        - ${p}`);
};

function schemaCheck(file) {
  const what = 'valid against OfficeAppManifestV1_1.xsd (xmllint)';
  const missing = [];
  if (!existsSync(xsd)) missing.push(`the XSDs (${xsd}; set MANIFEST_XSD_DIR to their folder)`);
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (probe.error) missing.push('xmllint (Debian/Ubuntu: apt-get install libxml2-utils)');
  if (missing.length > 0) {
    const why = `${what} — SKIPPED: missing ${missing.join(' and ')}`;
    report(ci ? 'FAIL' : 'SKIP', file, ci ? `${why}; under CI the schema check must run` : why);
    return;
  }
  const run = spawnSync('xmllint', ['--noout', '--schema', xsd, join(root, file)], { encoding: 'utf8' });
  const problems = run.stderr
    .split('\n')
    .filter((line) => line.trim() && !/ validates$/.test(line))
    .map((line) => line.replace(`${root}/`, ''));
  report(run.status === 0 ? 'PASS' : 'FAIL', file, what, run.status === 0 ? [] : problems);
}

function check(file, assetsDir) {
  schemaCheck(file);
  const xml = readFileSync(join(root, file), 'utf8');
  const readAsset = (name) => {
    const path = join(assetsDir, name);
    return existsSync(path) ? readFileSync(path) : null;
  };
  for (const result of checkManifest(xml, { readAsset })) {
    report(result.problems.length === 0 ? 'PASS' : 'FAIL', file, result.check, result.problems);
  }
  return xml;
}

const sourceXml = check('manifest.xml', join(root, 'assets'));

if (existsSync(join(root, 'dist', 'manifest.xml'))) {
  const distXml = check('dist/manifest.xml', join(root, 'dist', 'assets'));
  let same;
  try {
    same = manifestId(distXml) === manifestId(sourceXml);
  } catch {
    same = false;
  }
  report(
    same ? 'PASS' : 'FAIL',
    'dist/manifest.xml',
    'same Id as manifest.xml',
    same ? [] : [`${manifestId(distXml)} ≠ ${manifestId(sourceXml)}: rebuild with \`npm run build\``],
  );
} else {
  console.log('      dist/manifest.xml: not built (`npm run build` writes it); only manifest.xml checked');
}

console.log(failed ? '\nManifest check FAILED.' : '\nManifest check passed.');
process.exit(failed ? 1 : 0);
