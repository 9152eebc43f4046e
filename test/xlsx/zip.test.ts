// The package copy's zip: a part the add-in did not change keeps its compressed bytes (it is not
// inflated and deflated again), new parts are deflated by Node's zlib, and the result is a zip
// every reader accepts (JSZip checking each CRC-32, and the entries' sizes).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import JSZip from 'jszip';
import { entryBytes, storedEntries, writeZip } from '../../src/adapters/xlsx/zip';
import { cli, tempDir } from '../cli/support';
import { userWorkbook } from './user-workbook';

const codec = {
  deflateRaw: (d: Uint8Array) => zlib.deflateRawSync(d),
  inflateRaw: (d: Uint8Array) => zlib.inflateRawSync(d),
  crc32: (d: Uint8Array) => zlib.crc32(d),
};

test('summarize --out copies the compressed bytes of every part it does not change', async () => {
  const dir = await tempDir();
  try {
    const input = await userWorkbook();
    await fs.writeFile(path.join(dir, 'in.xlsx'), input);
    const run = await cli(dir, 'summarize', 'in.xlsx', '--scenario', 'Kansliets förslag', '--out', 'ut.xlsx');
    expect(run.code).toBe(0);
    const output = await fs.readFile(path.join(dir, 'ut.xlsx'));
    const before = storedEntries(input)!;
    const after = storedEntries(output)!;
    const image = 'xl/media/image1.png';
    expect(Buffer.from(after.get(image)!.data).equals(Buffer.from(before.get(image)!.data))).toBe(true);
    // The user's sheets are not touched by a summary: every one keeps its compressed bytes and CRC.
    const sheets = [...before.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets.length).toBeGreaterThan(5);
    for (const name of sheets) {
      expect(after.get(name)!.crc).toBe(before.get(name)!.crc);
      expect(Buffer.from(after.get(name)!.data).equals(Buffer.from(before.get(name)!.data))).toBe(true);
    }
    // Every entry, copied or new, checks out.
    const zip = await JSZip.loadAsync(output, { checkCRC32: true });
    for (const f of Object.values(zip.files)) if (!f.dir) await f.async('uint8array');
    expect(Object.keys(zip.files)).toContain('xl/worksheets/sheet9.xml');
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}, 30_000);

test('a written zip reads back entry by entry: names in UTF-8, empty and stored entries', async () => {
  const text = new TextEncoder().encode('<a>Förslag till beslut</a>'.repeat(100));
  const bytes = writeZip(
    [
      { name: 'xl/ä.xml', content: text, date: new Date(2026, 11, 2, 10, 30, 4) },
      { name: 'empty.txt', content: new Uint8Array(0), date: new Date(2026, 11, 2) },
      // Random bytes do not deflate smaller: stored as they are.
      {
        name: 'x.bin',
        content: Uint8Array.from({ length: 64 }, (_, i) => (i * 97 + 13) % 251),
        date: new Date(),
      },
    ],
    codec,
  );
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  expect(await zip.file('xl/ä.xml')!.async('string')).toBe('<a>Förslag till beslut</a>'.repeat(100));
  expect(await zip.file('empty.txt')!.async('string')).toBe('');
  expect((await zip.file('x.bin')!.async('uint8array')).length).toBe(64);
  expect(zip.file('xl/ä.xml')!.date.getMinutes()).toBe(30);
  const entries = storedEntries(bytes)!;
  expect(entries.get('xl/ä.xml')!.method).toBe(8);
  expect(entries.get('x.bin')!.method).toBe(0);
  // Read back through the codec, as the Node reader does.
  expect(new TextDecoder().decode(entryBytes(entries.get('xl/ä.xml')!, codec)!)).toBe(
    '<a>Förslag till beslut</a>'.repeat(100),
  );
  // Copying stored entries gives the same zip content.
  const copy = writeZip(
    [...entries.values()].map((stored) => ({ name: stored.name, stored })),
    codec,
  );
  expect(Buffer.from(copy).equals(Buffer.from(bytes))).toBe(true);
});

test('bytes that are not a zip give no entries (the writer then writes every part anew)', () => {
  expect(storedEntries(new TextEncoder().encode('not a zip at all, just text'))).toBeNull();
  expect(storedEntries(new Uint8Array(0))).toBeNull();
});
