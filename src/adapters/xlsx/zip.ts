// The zip container of a package, written directly: a part the add-in did not change is copied as
// its compressed bytes from the file it was read from (not inflated and deflated again), and a new
// or changed part is deflated by the codec the host provides (Node's zlib for the CLI). This is
// where a `summarize --out` of a large workbook spent a third of its time with JSZip's JavaScript
// deflate. Browser-safe: no Node APIs (the codec is passed in).

/** Raw deflate, inflate and CRC-32, from the host (Node: zlib). */
export interface ZipCodec {
  deflateRaw(data: Uint8Array): Uint8Array;
  inflateRaw(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

/** An entry of the zip a package was read from, located by its central directory. */
export interface StoredEntry {
  name: string;
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  dosTime: number;
  dosDate: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** The entry's compressed bytes, a view into the original file. */
  data: Uint8Array;
}

export type OutEntry =
  { name: string; stored: StoredEntry } | { name: string; content: Uint8Array; date: Date };

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) =>
  (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 0x100000000;

/**
 * The entries of a zip by name, or null when the file is not one this reader copies from (split
 * archives, encryption). Zip64 records are read (.NET's packaging writes them for small files too).
 */
export function storedEntries(bytes: Uint8Array): Map<string, StoredEntry> | null {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0 || u16(bytes, eocd + 4) !== 0) return null;
  let count = u16(bytes, eocd + 10);
  let cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    // The zip64 end record, found through its locator just before the end record.
    const locator = eocd - 20;
    if (locator < 0 || u32(bytes, locator) !== 0x07064b50) return null;
    const end64 = u64(bytes, locator + 8);
    if (end64 + 56 > bytes.length || u32(bytes, end64) !== 0x06064b50) return null;
    count = u64(bytes, end64 + 32);
    cdOffset = u64(bytes, end64 + 48);
  }
  const decoder = new TextDecoder();
  const out = new Map<string, StoredEntry>();
  let at = cdOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null;
    const flags = u16(bytes, at + 8);
    let compressedSize = u32(bytes, at + 20);
    let size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    let local = u32(bytes, at + 42);
    if (flags & 1) return null;
    if (size === 0xffffffff || compressedSize === 0xffffffff || local === 0xffffffff) {
      // The zip64 extra field holds, in this order, the values that did not fit.
      const extra = bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
      let field = 0;
      while (field + 4 <= extra.length && u16(extra, field) !== 0x0001) field += 4 + u16(extra, field + 2);
      if (field + 4 > extra.length) return null;
      let v = field + 4;
      const next = () => {
        const value = u64(extra, v);
        v += 8;
        return value;
      };
      if (size === 0xffffffff) size = next();
      if (compressedSize === 0xffffffff) compressedSize = next();
      if (local === 0xffffffff) local = next();
    }
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) return null;
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (start + compressedSize > bytes.length) return null;
    const name = decoder.decode(nameBytes);
    out.set(name, {
      name,
      nameBytes,
      flags,
      method: u16(bytes, at + 10),
      dosTime: u16(bytes, at + 12),
      dosDate: u16(bytes, at + 14),
      crc: u32(bytes, at + 16),
      compressedSize,
      size,
      data: bytes.subarray(start, start + compressedSize),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

function dos(date: Date): { time: number; date: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: (Math.max(0, date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** An entry for content and its deflated bytes: stored as it is when deflate did not make it smaller. */
export function newEntry(
  name: string,
  content: Uint8Array,
  deflated: Uint8Array,
  crc: number,
  date: Date,
): StoredEntry {
  const nameBytes = new TextEncoder().encode(name);
  const asIs = deflated.length >= content.length;
  const t = dos(date);
  return {
    name,
    nameBytes,
    // Bit 11: the name is UTF-8.
    flags: nameBytes.length !== name.length ? 0x800 : 0,
    method: asIs ? 0 : 8,
    dosTime: t.time,
    dosDate: t.date,
    crc,
    compressedSize: asIs ? content.length : deflated.length,
    size: content.length,
    data: asIs ? content : deflated,
  };
}

let crcTable: Uint32Array | null = null;

/** CRC-32 (the zip polynomial) in JavaScript, for a host without a native one (a browser). */
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The zip of the entries in order: stored ones copied, new ones deflated. */
export function writeZip(entries: readonly OutEntry[], codec: ZipCodec): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const e =
      'stored' in entry
        ? entry.stored
        : newEntry(
            entry.name,
            entry.content,
            entry.content.length > 0 ? codec.deflateRaw(entry.content) : entry.content,
            codec.crc32(entry.content),
            entry.date,
          );
    if (e.compressedSize > 0xfffffffe || e.size > 0xfffffffe || offset > 0xfffffffe)
      throw new Error('zip64 is not written');
    // Bit 3 (sizes in a data descriptor after the data) is cleared: the sizes are in the header.
    const flags = e.flags & ~0x8;
    const header = new Uint8Array(30 + e.nameBytes.length);
    const h = new DataView(header.buffer);
    h.setUint32(0, 0x04034b50, true);
    h.setUint16(4, 20, true);
    h.setUint16(6, flags, true);
    h.setUint16(8, e.method, true);
    h.setUint16(10, e.dosTime, true);
    h.setUint16(12, e.dosDate, true);
    h.setUint32(14, e.crc, true);
    h.setUint32(18, e.compressedSize, true);
    h.setUint32(22, e.size, true);
    h.setUint16(26, e.nameBytes.length, true);
    header.set(e.nameBytes, 30);
    const record = new Uint8Array(46 + e.nameBytes.length);
    const c = new DataView(record.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, flags, true);
    c.setUint16(10, e.method, true);
    c.setUint16(12, e.dosTime, true);
    c.setUint16(14, e.dosDate, true);
    c.setUint32(16, e.crc, true);
    c.setUint32(20, e.compressedSize, true);
    c.setUint32(24, e.size, true);
    c.setUint16(28, e.nameBytes.length, true);
    c.setUint32(42, offset, true);
    record.set(e.nameBytes, 46);
    chunks.push(header, e.data);
    central.push(record);
    offset += header.length + e.data.length;
  }
  const cdSize = central.reduce((n, r) => n + r.length, 0);
  const end = new Uint8Array(22);
  const d = new DataView(end.buffer);
  d.setUint32(0, 0x06054b50, true);
  d.setUint16(8, entries.length, true);
  d.setUint16(10, entries.length, true);
  d.setUint32(12, cdSize, true);
  d.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let at = 0;
  for (const part of [...chunks, ...central, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A stored entry's bytes, inflated; null for a compression method other than deflate or none. */
export function entryBytes(entry: StoredEntry, codec: ZipCodec): Uint8Array | null {
  if (entry.method === 0) return entry.data;
  if (entry.method === 8) return codec.inflateRaw(entry.data);
  return null;
}
