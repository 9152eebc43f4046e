// The parts of a package being edited, on our own zip reader and writer (zip.ts) instead of JSZip:
// a part is inflated only when it is read, a part that is not replaced keeps its compressed bytes,
// and the parts written here are deflated once, by the host's codec (Node: zlib; a browser: its
// CompressionStream). The order of the entries is kept; replaced parts stay where they were, new
// ones follow. Browser-safe: no Node APIs.
import { crc32, newEntry, storedEntries, writeZip, type StoredEntry, type ZipCodec } from './zip';

/** A codec whose deflate and inflate may be asynchronous (the browser's compression streams). */
export interface PartCodec {
  deflateRaw(data: Uint8Array): Uint8Array | Promise<Uint8Array>;
  inflateRaw(data: Uint8Array): Uint8Array | Promise<Uint8Array>;
  crc32(data: Uint8Array): number;
}

/** The browser's own deflate (CompressionStream, 'deflate-raw'); CRC-32 in JavaScript. */
export const webCodec: PartCodec = {
  deflateRaw: (data) => through(new CompressionStream('deflate-raw'), data),
  inflateRaw: (data) => through(new DecompressionStream('deflate-raw'), data),
  crc32,
};

async function through(
  stream: CompressionStream | DecompressionStream,
  data: Uint8Array,
): Promise<Uint8Array> {
  const piped = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

/** A part as ooxml.ts and charts.ts read it (the shape of a JSZip object, which the reader still passes). */
export interface PartFile {
  name: string;
  async(type: 'string'): Promise<string>;
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

export class PackageParts {
  private readonly stored: Map<string, StoredEntry>;
  /** Every entry's name in order; a removed one is left out when written. */
  private readonly order: string[];
  private readonly written = new Map<string, string>();
  private readonly removed = new Set<string>();

  private constructor(
    stored: Map<string, StoredEntry>,
    private readonly codec: PartCodec,
  ) {
    this.stored = stored;
    this.order = [...stored.keys()];
  }

  /** The parts of a zip, or null when it is not one this reader handles (zip.ts storedEntries). */
  static open(bytes: Uint8Array, codec: PartCodec): PackageParts | null {
    const stored = storedEntries(bytes);
    return stored ? new PackageParts(stored, codec) : null;
  }

  has(path: string): boolean {
    return !this.removed.has(path) && (this.written.has(path) || this.stored.has(path));
  }

  /** Every part's name (folders included, as the zip lists them). */
  names(): string[] {
    return this.order.filter((n) => !this.removed.has(n));
  }

  async text(path: string): Promise<string | null> {
    if (this.removed.has(path)) return null;
    const written = this.written.get(path);
    if (written !== undefined) return written;
    return this.original(path);
  }

  /** A part as the package read had it, whatever was written or removed since; null when it had none. */
  async original(path: string): Promise<string | null> {
    const entry = this.stored.get(path);
    if (!entry) return null;
    if (entry.method === 0) return fromUtf8.decode(entry.data);
    if (entry.method !== 8) throw new Error(`${path}: compression method ${entry.method}`);
    return fromUtf8.decode(await this.codec.inflateRaw(entry.data));
  }

  /** JSZip's shape: file(path) reads, file(pattern) lists, file(path, text) writes. */
  file(path: string): PartFile | null;
  file(pattern: RegExp): PartFile[];
  file(path: string, content: string): this;
  file(path: string | RegExp, content?: string): PartFile | PartFile[] | null | this {
    if (path instanceof RegExp)
      return this.names()
        .filter((n) => path.test(n))
        .map((n) => this.part(n));
    if (content === undefined) return this.has(path) ? this.part(path) : null;
    if (!this.stored.has(path) && !this.written.has(path)) this.order.push(path);
    this.removed.delete(path);
    this.written.set(path, content);
    return this;
  }

  remove(path: string): this {
    this.removed.add(path);
    this.written.delete(path);
    return this;
  }

  private part(name: string): PartFile {
    return { name, async: () => this.text(name).then((t) => t ?? '') };
  }

  /** The zip: unchanged parts copied as their compressed bytes, written ones deflated. */
  async toBytes(date = new Date()): Promise<Uint8Array> {
    const entries: StoredEntry[] = [];
    for (const name of this.names()) {
      const text = this.written.get(name);
      if (text === undefined) entries.push(this.stored.get(name)!);
      else entries.push(await this.entry(name, utf8.encode(text), date));
    }
    return writeZip(
      entries.map((stored) => ({ name: stored.name, stored })),
      this.codec as ZipCodec,
    );
  }

  private async entry(name: string, content: Uint8Array, date: Date): Promise<StoredEntry> {
    const deflated = content.length > 0 ? await this.codec.deflateRaw(content) : content;
    return newEntry(name, content, deflated, this.codec.crc32(content), date);
  }
}
