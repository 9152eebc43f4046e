// The .xlsx adapter for Node (the CLI, scripts, tests): files and Buffers. The browser uses
// readXlsxData / writeXlsxData directly, which work on bytes only.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import type { MemoryWorkbook } from '../memory/memory-workbook';
import { readXlsxData, type ReadOptions } from './read';
import { writeXlsxData } from './write';
import { crc32, type ZipCodec } from './zip';

export { readXlsxData, XlsxReadError, type ReadOptions } from './read';
export { writeXlsxData } from './write';

/** Node's own deflate and CRC-32 (native), for the parts a package copy writes anew. */
const nodeCodec: ZipCodec = {
  // Level 1: the summary's XML is repetitive enough; level 6 took four times as long for 5 % less.
  deflateRaw: (data) => zlib.deflateRawSync(data, { level: 1 }),
  inflateRaw: (data) => zlib.inflateRawSync(data),
  // zlib.crc32 is in Node from 20.15 (and 22.2) only; package.json allows any Node 20, where an
  // older one would fail every --out with "zlib.crc32 is not a function". Then ours (zip.ts).
  crc32: typeof zlib.crc32 === 'function' ? (data) => zlib.crc32(data) : crc32,
};

/** Reads an .xlsx file (by path) or its bytes into the in-memory model. */
export async function loadXlsx(
  source: string | Buffer | Uint8Array | ArrayBuffer,
  options: ReadOptions = {},
): Promise<MemoryWorkbook> {
  const data = typeof source === 'string' ? await fs.readFile(source) : source;
  return readXlsxData(data instanceof ArrayBuffer ? new Uint8Array(data) : data, options, nodeCodec);
}

export async function toXlsxBuffer(workbook: MemoryWorkbook): Promise<Buffer> {
  const bytes = await writeXlsxData(workbook, nodeCodec);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Saves through a temporary file in the same directory and a rename, so that a reader never sees
 * a half-written file and an interrupted run leaves the target as it was.
 */
export async function saveXlsx(workbook: MemoryWorkbook, target: string): Promise<void> {
  const bytes = await toXlsxBuffer(workbook);
  await writeFileAtomic(target, bytes);
}

export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await fs.writeFile(temp, bytes, { flag: 'wx' });
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
