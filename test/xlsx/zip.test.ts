// The package copy's zip: a part the add-in did not change keeps its compressed bytes (it is not
// inflated and deflated again), new parts are deflated by Node's zlib, and the result is a zip
// every reader accepts (JSZip checking each CRC-32, and the entries' sizes).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import JSZip from 'jszip';
import { webCodec } from '../../src/adapters/xlsx/parts';
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

test('bytes that are not a zip give no entries', () => {
  expect(storedEntries(new TextEncoder().encode('not a zip at all, just text'))).toBeNull();
  expect(storedEntries(new Uint8Array(0))).toBeNull();
});

/** The same zip in zip64 form, as .NET's packaging writes it: sizes and offsets in zip64 records. */
function asZip64(bytes: Uint8Array): Uint8Array {
  const view = Buffer.from(bytes);
  const eocd = view.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = view.readUInt16LE(eocd + 10);
  let at = view.readUInt32LE(eocd + 16);
  const central: Buffer[] = [];
  for (let n = 0; n < count; n++) {
    const nameLength = view.readUInt16LE(at + 28);
    const record = Buffer.from(view.subarray(at, at + 46 + nameLength));
    const extra = Buffer.alloc(4 + 24);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(record.readUInt32LE(24)), 4);
    extra.writeBigUInt64LE(BigInt(record.readUInt32LE(20)), 12);
    extra.writeBigUInt64LE(BigInt(record.readUInt32LE(42)), 20);
    record.writeUInt32LE(0xffffffff, 20);
    record.writeUInt32LE(0xffffffff, 24);
    record.writeUInt32LE(0xffffffff, 42);
    record.writeUInt16LE(extra.length, 30);
    central.push(record, extra);
    at += 46 + nameLength;
  }
  const cdOffset = view.readUInt32LE(eocd + 16);
  const cd = Buffer.concat(central);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(BigInt(count), 24);
  end64.writeBigUInt64LE(BigInt(count), 32);
  end64.writeBigUInt64LE(BigInt(cd.length), 40);
  end64.writeBigUInt64LE(BigInt(cdOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(cdOffset + cd.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([view.subarray(0, cdOffset), cd, end64, locator, end]);
}

test('a zip64 package (sizes and offsets in zip64 records) is read entry by entry and copied', async () => {
  const text = new TextEncoder().encode('<a>Förslag till beslut</a>'.repeat(100));
  const plain = writeZip(
    [
      { name: 'a.xml', content: text, date: new Date(2026, 11, 2) },
      { name: 'b.xml', content: new TextEncoder().encode('<b/>'), date: new Date(2026, 11, 2) },
    ],
    codec,
  );
  const zip64 = asZip64(plain);
  // JSZip, which the reader uses, reads it: so must the writer.
  expect(await (await JSZip.loadAsync(zip64)).file('b.xml')!.async('string')).toBe('<b/>');
  const entries = storedEntries(zip64)!;
  expect([...entries.keys()]).toEqual(['a.xml', 'b.xml']);
  expect(entries.get('a.xml')!.size).toBe(text.length);
  expect(new TextDecoder().decode(entryBytes(entries.get('a.xml')!, codec)!)).toBe(
    '<a>Förslag till beslut</a>'.repeat(100),
  );
  const copy = writeZip(
    [...entries.values()].map((stored) => ({ name: stored.name, stored })),
    codec,
  );
  expect(Buffer.from(copy).equals(Buffer.from(plain))).toBe(true);
});

test('the browser codec (compression streams, CRC-32 in JavaScript) agrees with zlib', async () => {
  const text = new TextEncoder().encode(
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Å</t></is></c></row>'.repeat(500),
  );
  expect(webCodec.crc32(text)).toBe(zlib.crc32(text));
  expect(webCodec.crc32(new Uint8Array(0))).toBe(0);
  const deflated = await webCodec.deflateRaw(text);
  expect(deflated.length).toBeLessThan(text.length / 10);
  expect(Buffer.from(zlib.inflateRawSync(deflated)).equals(Buffer.from(text))).toBe(true);
  expect(Buffer.from(await webCodec.inflateRaw(zlib.deflateRawSync(text))).equals(Buffer.from(text))).toBe(
    true,
  );
});
