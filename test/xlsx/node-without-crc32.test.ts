// Node 20 before 20.15 has no zlib.crc32, and package.json allows any Node 20: the .xlsx adapter
// must then write correct packages with its own CRC-32 (before the fallback every write failed with
// "zlib.crc32 is not a function").
import JSZip from 'jszip';
import * as path from 'node:path';

jest.mock('node:zlib', () => {
  const { crc32: _absent, ...older } = jest.requireActual<typeof import('node:zlib')>('node:zlib');
  return older;
});

it('writes a package whose every part passes its CRC check, on a Node without zlib.crc32', async () => {
  const zlib = await import('node:zlib');
  expect('crc32' in zlib).toBe(false);
  const { loadXlsx, toXlsxBuffer } = await import('../../src/adapters/xlsx');
  // A copy of the user's package with one sheet added: that part and the package's lists are
  // written anew (and need their CRC), the rest is copied.
  const workbook = await loadXlsx(path.join(__dirname, '../../examples/insatsbudget-exempel.xlsx'));
  workbook.addSheet('Ny').setCell(0, 0, { value: 'text' });
  const bytes = await toXlsxBuffer(workbook);
  // JSZip compares each part's stored CRC-32 with the one of its inflated bytes.
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  expect(names).toContain('xl/workbook.xml');
  expect(names.length).toBeGreaterThan(10);
  for (const name of names)
    await expect(zip.file(name)!.async('uint8array')).resolves.toBeInstanceOf(Uint8Array);
});
