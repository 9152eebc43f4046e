// The manifest checks of `npm run test:manifest`, shown to pass on manifest.xml and to fail on
// manifests broken in exactly one way each.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkManifest,
  manifestId,
  pngSize,
  productionManifest,
  type CheckResult,
} from '../../scripts/manifest.cjs';

const root = join(__dirname, '..', '..');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
const readAsset = (name: string) => {
  const file = join(root, 'assets', name);
  return existsSync(file) ? readFileSync(file) : null;
};

/** The manifest with `from` replaced by `to` everywhere; fails the test if `from` is not there. */
function broken(from: string | RegExp, to: string, xml = manifest): string {
  const result = xml.replace(typeof from === 'string' ? new RegExp(escape(from), 'g') : from, to);
  expect(result).not.toBe(xml);
  return result;
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The checks that failed, by key, with their problems. */
function failures(results: CheckResult[]): Partial<Record<CheckResult['key'], string[]>> {
  return Object.fromEntries(results.filter((r) => r.problems.length > 0).map((r) => [r.key, r.problems]));
}

describe('manifest.xml', () => {
  it('passes every check', () => {
    const results = checkManifest(manifest, { readAsset });
    expect(results.map((r) => r.check)).toHaveLength(5);
    expect(failures(results)).toEqual({});
  });

  it('has a GUID Id and the Excel host, ReadWriteDocument and ExcelApi 1.7', () => {
    expect(manifestId(manifest)).toBe('5a0f7d5c-e0d0-42b2-a0c0-79eecdaeaa1f');
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.7"/>');
    expect(manifest).toContain('<OfficeTab id="TabHome">');
  });
});

describe('each check fails when it should', () => {
  it('a resid that no resource defines', () => {
    const f = failures(checkManifest(broken('resid="Taskpane.Url"', 'resid="Taskpane.Address"')));
    expect(Object.keys(f)).toEqual(['resids']);
    expect(f.resids).toEqual([
      expect.stringMatching(/<SourceLocation>.*"Taskpane\.Address", which no resource defines/),
    ]);
  });

  it('a resource id longer than 32 characters, even when every reference matches', () => {
    const long = 'OpenPane.Tooltip.ForTheHomeTab.X'; // 32: allowed
    expect(failures(checkManifest(broken('OpenPane.Tooltip', long)))).toEqual({});
    const tooLong = `${long}Y`;
    const f = failures(checkManifest(broken('OpenPane.Tooltip', tooLong)));
    expect(f.resids).toEqual([`resource id "${tooLong}" has 33 characters; at most 32 are allowed`]);
  });

  it('a resource id defined twice', () => {
    const twice = broken('<bt:String id="Group.Label"', '<bt:String id="OpenPane.Label"');
    expect(failures(checkManifest(twice)).resids).toEqual(
      expect.arrayContaining([expect.stringContaining('"OpenPane.Label" is defined twice')]),
    );
  });

  it('an http URL, wherever it is', () => {
    const cases = [
      ['https://localhost:3000/commands.html', '<bt:Url>'],
      ['https://localhost:3000/assets/icon-80.png', '<bt:Image>'],
      ['<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', '<SourceLocation>'],
      ['<SupportUrl DefaultValue="https://localhost:3000', '<SupportUrl>'],
      ['<AppDomain>https://localhost:3000', '<AppDomain>'],
    ];
    for (const [from, where] of cases) {
      const f = failures(checkManifest(broken(from!, from!.replace('https:', 'http:'))));
      expect(Object.keys(f)).toEqual(['https']);
      expect(f.https!.some((p) => p.startsWith(where!) && p.endsWith('is not https'))).toBe(true);
    }
  });

  it('an http URL in an override', () => {
    const xml = broken(
      '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>',
      '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"><bt:Override Locale="en-US" Value="http://localhost:3000/en/taskpane.html"/></bt:Url>',
    );
    expect(failures(checkManifest(xml)).https).toEqual([
      expect.stringMatching(/^<bt:Override>.*"http:\/\/localhost:3000\/en\/taskpane\.html" is not https$/),
    ]);
  });

  it('an Id that is not a GUID', () => {
    for (const id of [
      '5a0f7d5c-e0d0-42b2-a0c0-79eecdaeaa1',
      'insatsbudget',
      '{5a0f7d5c-e0d0-42b2-a0c0-79eecdaeaa1f}',
    ]) {
      const f = failures(checkManifest(broken(/<Id>[^<]*<\/Id>/, `<Id>${id}</Id>`)));
      expect(f).toEqual({ id: [expect.stringContaining(`"${id}" is not a GUID`)] });
    }
  });

  it('a visible string without an en-US override', () => {
    const noDisplayName = broken('<Override Locale="en-US" Value="Insatsbudget"/>', '');
    expect(failures(checkManifest(noDisplayName)).overrides).toEqual([
      expect.stringMatching(/^<DisplayName>.*has no en-US override$/),
    ]);

    const noTooltip = broken(/<bt:Override Locale="en-US" Value="Opens the task pane[^"]*"\/>/, '');
    expect(failures(checkManifest(noTooltip)).overrides).toEqual([
      expect.stringMatching(/^"OpenPane.Tooltip" .*has no en-US override$/),
    ]);

    const otherLocale = broken(
      '<bt:Override Locale="en-US" Value="Open Insatsbudget"/>',
      '<bt:Override Locale="en-GB" Value="Open Insatsbudget"/>',
    );
    expect(failures(checkManifest(otherLocale)).overrides).toEqual([
      expect.stringContaining('"OpenPane.Label"'),
    ]);

    const empty = broken(
      '<bt:Override Locale="en-US" Value="Open Insatsbudget"/>',
      '<bt:Override Locale="en-US" Value=" "/>',
    );
    expect(failures(checkManifest(empty)).overrides).toEqual([
      expect.stringContaining('empty en-US override'),
    ]);
  });

  it('an icon that is missing, not a PNG, or not the size its name says', () => {
    const icon32 = readAsset('icon-32.png')!;
    const swapped = (name: string) => (name === 'icon-16.png' ? icon32 : readAsset(name));
    expect(failures(checkManifest(manifest, { readAsset: swapped })).icons).toEqual([
      '"Icon.16x16": assets/icon-16.png is 32×32 px, expected 16×16',
    ]);

    const missing = (name: string) => (name === 'icon-80.png' ? null : readAsset(name));
    expect(failures(checkManifest(manifest, { readAsset: missing })).icons).toEqual([
      '"Icon.80x80": assets/icon-80.png does not exist',
    ]);

    const notPng = (name: string) =>
      name === 'icon-64.png' ? Buffer.from('GIF89a not a png at all') : readAsset(name);
    expect(failures(checkManifest(manifest, { readAsset: notPng })).icons).toEqual([
      '<HighResolutionIconUrl>: assets/icon-64.png is not a PNG',
    ]);

    const mislabelled = broken(
      'id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-32.png"',
      'id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-80.png"',
    );
    expect(failures(checkManifest(mislabelled, { readAsset })).icons).toEqual([
      expect.stringContaining('"Icon.32x32": id and file name "icon-80.png" disagree'),
    ]);

    const wrongSlot = broken(
      '<bt:Image size="16" resid="Icon.16x16"/>',
      '<bt:Image size="16" resid="Icon.32x32"/>',
    );
    expect(failures(checkManifest(wrongSlot, { readAsset })).icons).toEqual([
      expect.stringContaining('size="16" refers to "Icon.32x32"'),
      expect.stringContaining('size="16" refers to "Icon.32x32"'),
    ]);
  });

  it('XML that is not well-formed', () => {
    const results = checkManifest(broken('</DisplayName>', '</DisplayNam>'));
    expect(results).toEqual([{ key: 'xml', check: 'well-formed XML', problems: [expect.any(String)] }]);
  });
});

describe('pngSize', () => {
  it.each([16, 32, 64, 80, 128])('reads %i px from assets/icon-%i.png', (size) => {
    expect(pngSize(readAsset(`icon-${size}.png`)!)).toEqual({ width: size, height: size });
  });

  it('returns null for anything else', () => {
    expect(pngSize(new Uint8Array(0))).toBeNull();
    expect(pngSize(readFileSync(join(root, 'assets', 'icon.svg')))).toBeNull();
  });
});

describe('productionManifest', () => {
  const moved = productionManifest(manifest, 'https://example.org/insatsbudget/');

  it('moves every development URL to the host and keeps the Id', () => {
    expect(moved).not.toContain('https://localhost');
    expect(moved).toContain(
      '<SourceLocation DefaultValue="https://example.org/insatsbudget/taskpane.html"/>',
    );
    expect(moved).toContain('DefaultValue="https://example.org/insatsbudget/commands.html"');
    expect(moved).toContain('DefaultValue="https://example.org/insatsbudget/assets/icon-16.png"');
    expect(moved).toContain('<AppDomain>https://example.org</AppDomain>');
    expect(manifestId(moved)).toBe(manifestId(manifest));
  });

  it('writes a manifest that passes every check', () => {
    expect(failures(checkManifest(moved, { readAsset }))).toEqual({});
    expect(productionManifest(manifest, 'https://addin.example.se')).toContain(
      '<SourceLocation DefaultValue="https://addin.example.se/taskpane.html"/>',
    );
  });

  it('refuses a host that is not https', () => {
    expect(() => productionManifest(manifest, 'http://example.org')).toThrow(
      'ADDIN_URL "http://example.org" must start with https://',
    );
    expect(() => productionManifest(manifest, 'example.org')).toThrow('is not a URL');
    expect(() => productionManifest(manifest, 'https://example.org/?x=1')).toThrow('must not have a query');
  });
});
