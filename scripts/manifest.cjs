// The manifest's own rules beyond its XML schema, as pure functions over its text, plus the
// production rewrite of its URLs. Shared by webpack.config.js (rewrite), scripts/check-manifest.mjs
// (`npm run test:manifest`) and test/manifest (which feeds it broken manifests). CommonJS so that
// webpack's config can require it; types in manifest.d.cts.
'use strict';

const { DOMParser, onErrorStopParsing } = require('@xmldom/xmldom');

/** The host every development URL in manifest.xml starts with. */
const DEV_ORIGIN = 'https://localhost:3000';

const NS_BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Office rejects resource ids longer than 32 characters (the schema does not say so).
const MAX_RESID = 32;
const OVERRIDE_LOCALE = 'en-US';

/** Parses the manifest; a manifest that is not well-formed XML throws with the parser's message. */
function parseManifest(xml) {
  return new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, 'text/xml');
}

function elements(doc) {
  return Array.from(doc.getElementsByTagName('*'));
}

/** Elements by local name, in any namespace (the manifest mixes four). */
function byName(doc, localName) {
  return elements(doc).filter((e) => e.localName === localName);
}

function childrenNamed(element, localName) {
  return Array.from(element.childNodes).filter((n) => n.nodeType === 1 && n.localName === localName);
}

/** Resource definitions: bt:Image, bt:Url and bt:String (short and long) with their id. */
function resources(doc) {
  return elements(doc)
    .filter((e) => e.namespaceURI === NS_BT && e.hasAttribute('id'))
    .filter((e) => ['Image', 'Url', 'String'].includes(e.localName))
    .map((e) => ({ kind: e.localName, id: e.getAttribute('id'), element: e }));
}

function where(element) {
  const line = element.lineNumber ? ` (line ${element.lineNumber})` : '';
  return `<${element.tagName}>${line}`;
}

/** The add-in's Id, or null when the manifest has none. */
function manifestId(xml) {
  const id = byName(parseManifest(xml), 'Id')[0];
  return id ? id.textContent.trim() : null;
}

function checkResids(doc) {
  const problems = [];
  const defined = new Map();
  for (const r of resources(doc)) {
    if (defined.has(r.id)) problems.push(`resource id "${r.id}" is defined twice ${where(r.element)}`);
    defined.set(r.id, r);
    if (r.id.length > MAX_RESID) {
      problems.push(`resource id "${r.id}" has ${r.id.length} characters; at most ${MAX_RESID} are allowed`);
    }
  }
  for (const e of elements(doc).filter((e) => e.hasAttribute('resid'))) {
    const resid = e.getAttribute('resid');
    if (!defined.has(resid))
      problems.push(`${where(e)} refers to resid "${resid}", which no resource defines`);
  }
  return problems;
}

/** Every URL the manifest gives, with where it was found. */
function urls(doc) {
  const found = [];
  const add = (element, value) => found.push({ at: where(element), value });
  const withOverrides = (element) => {
    if (element.hasAttribute('DefaultValue')) add(element, element.getAttribute('DefaultValue'));
    for (const o of childrenNamed(element, 'Override')) add(o, o.getAttribute('Value') ?? '');
  };
  for (const r of resources(doc).filter((r) => r.kind !== 'String')) withOverrides(r.element);
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation']) {
    for (const e of byName(doc, name)) withOverrides(e);
  }
  for (const e of byName(doc, 'AppDomain')) add(e, e.textContent.trim());
  return found;
}

function checkHttps(doc) {
  return urls(doc).flatMap(({ at, value }) => {
    let url;
    try {
      url = new URL(value);
    } catch {
      return [`${at}: "${value}" is not an absolute URL`];
    }
    return url.protocol === 'https:' ? [] : [`${at}: "${value}" is not https`];
  });
}

function checkId(doc) {
  const ids = byName(doc, 'Id');
  if (ids.length === 0) return ['the manifest has no <Id>'];
  const id = ids[0].textContent.trim();
  return GUID.test(id) ? [] : [`<Id> "${id}" is not a GUID (like 5a0f7d5c-e0d0-42b2-a0c0-79eecdaeaa1f)`];
}

function checkOverrides(doc) {
  const visible = [
    ...['DisplayName', 'Description'].flatMap((name) =>
      byName(doc, name).filter((e) => e.hasAttribute('DefaultValue')),
    ),
    ...resources(doc)
      .filter((r) => r.kind === 'String')
      .map((r) => r.element),
  ];
  return visible.flatMap((e) => {
    const override = childrenNamed(e, 'Override').find((o) => o.getAttribute('Locale') === OVERRIDE_LOCALE);
    const label = e.getAttribute('id') ? `"${e.getAttribute('id')}" ${where(e)}` : where(e);
    if (!override) return [`${label} has no ${OVERRIDE_LOCALE} override`];
    return override.getAttribute('Value')?.trim()
      ? []
      : [`${label} has an empty ${OVERRIDE_LOCALE} override`];
  });
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The pixel size a name promises: "Icon.16x16" → 16, "icon-80.png" → 80; null when it names none. */
function sizeInName(name) {
  const m = /(\d+)x\1(?!\d)/.exec(name) ?? /[-_.](\d+)\.png$/i.exec(name);
  return m ? Number(m[1]) : null;
}

/** The file under assets/ a URL points to ("…/assets/icon-16.png" → "icon-16.png"), or null. */
function assetFile(value) {
  try {
    const m = /\/assets\/(.+)$/.exec(new URL(value).pathname);
    return m ? decodeURIComponent(m[1]) : null;
  } catch {
    return null;
  }
}

/**
 * Every icon the manifest references must be a PNG in assets/ of the size its resource id and its
 * file name say, and an <Icon>'s bt:Image size="N" must point at an N-pixel image.
 * readAsset(fileName) returns the file's bytes, or null when it does not exist.
 */
function checkIcons(doc, readAsset) {
  const problems = [];
  const images = [
    ...resources(doc)
      .filter((r) => r.kind === 'Image')
      .map((r) => ({
        label: `"${r.id}"`,
        names: [r.id],
        value: r.element.getAttribute('DefaultValue') ?? '',
      })),
    ...['IconUrl', 'HighResolutionIconUrl'].flatMap((name) =>
      byName(doc, name).map((e) => ({
        label: `<${name}>`,
        names: [],
        value: e.getAttribute('DefaultValue') ?? '',
      })),
    ),
  ];
  for (const image of images) {
    const file = assetFile(image.value);
    if (!file) {
      problems.push(`${image.label}: "${image.value}" does not point into assets/`);
      continue;
    }
    const promised = [...new Set([...image.names, file].map(sizeInName).filter((s) => s !== null))];
    if (promised.length === 0)
      problems.push(`${image.label}: neither id nor file name "${file}" says its size`);
    if (promised.length > 1) problems.push(`${image.label}: id and file name "${file}" disagree on the size`);
    const bytes = readAsset(file);
    if (!bytes) {
      problems.push(`${image.label}: assets/${file} does not exist`);
      continue;
    }
    const size = pngSize(bytes);
    if (!size) problems.push(`${image.label}: assets/${file} is not a PNG`);
    else if (size.width !== size.height || (promised.length === 1 && size.width !== promised[0])) {
      problems.push(
        `${image.label}: assets/${file} is ${size.width}×${size.height} px, expected ${promised[0]}×${promised[0]}`,
      );
    }
  }
  const sizeOf = new Map(resources(doc).map((r) => [r.id, sizeInName(r.id)]));
  for (const use of elements(doc).filter((e) => e.localName === 'Image' && e.hasAttribute('size'))) {
    const said = sizeOf.get(use.getAttribute('resid'));
    if (said != null && said !== Number(use.getAttribute('size'))) {
      problems.push(
        `${where(use)}: size="${use.getAttribute('size')}" refers to "${use.getAttribute('resid')}"`,
      );
    }
  }
  return problems;
}

/**
 * Runs every check that needs no external tool. Each result has a stable key, says what it checked
 * and lists the problems (empty = passed). Without readAsset the icon check is left out.
 */
function checkManifest(xml, { readAsset } = {}) {
  let doc;
  try {
    doc = parseManifest(xml);
  } catch (error) {
    return [
      { key: 'xml', check: 'well-formed XML', problems: [String(error.message ?? error).split('\n')[0]] },
    ];
  }
  const results = [
    {
      key: 'resids',
      check: 'every resid is defined, every resource id at most 32 characters',
      problems: checkResids(doc),
    },
    { key: 'https', check: 'every URL is https', problems: checkHttps(doc) },
    { key: 'id', check: 'the Id is a GUID', problems: checkId(doc) },
    {
      key: 'overrides',
      check: `every visible string has an ${OVERRIDE_LOCALE} override`,
      problems: checkOverrides(doc),
    },
  ];
  if (readAsset) {
    results.push({
      key: 'icons',
      check: 'icons exist in assets/ with the size they name',
      problems: checkIcons(doc, readAsset),
    });
  }
  return results;
}

/**
 * The manifest for a production host: every development URL (https://localhost:3000/…) moved to
 * addinUrl (e.g. https://example.org/insatsbudget), AppDomain to its origin. The Id stays, so
 * Office sees the same add-in. Throws when addinUrl is not an https URL.
 */
function productionManifest(xml, addinUrl) {
  let url;
  try {
    url = new URL(addinUrl);
  } catch {
    throw new Error(
      `ADDIN_URL "${addinUrl}" is not a URL; give the https address the add-in is served from.`,
    );
  }
  if (url.protocol !== 'https:') {
    throw new Error(
      `ADDIN_URL "${addinUrl}" must start with https:// (Office loads add-ins only over https).`,
    );
  }
  if (url.search || url.hash) throw new Error(`ADDIN_URL "${addinUrl}" must not have a query or fragment.`);
  const base = url.href.replace(/\/+$/, '');
  return xml
    .split(`<AppDomain>${DEV_ORIGIN}</AppDomain>`)
    .join(`<AppDomain>${url.origin}</AppDomain>`)
    .split(DEV_ORIGIN)
    .join(base);
}

module.exports = { DEV_ORIGIN, checkManifest, manifestId, pngSize, productionManifest };
