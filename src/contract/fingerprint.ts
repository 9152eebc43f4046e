// A short stable hash of the input tables' content, so that a written summary can say which
// inputs it was computed from. FNV-1a 64 over UTF-8, in 16-bit limbs (no BigInt, no Node crypto).

const OFFSET = [0x2325, 0x8422, 0x9ce4, 0xcbf2]; // 0xcbf29ce484222325, low limb first
// The prime is 2^40 + 0x1b3: multiply by 0x1b3 and add the value shifted left by 40 bits.

/** The hash state: four 16-bit limbs, low first. */
export type FnvState = readonly [number, number, number, number];

/**
 * The FNV-1a 64 state after the UTF-8 bytes of text, continuing from `state` (a hash is a fold).
 * The bytes are made from the UTF-16 code units as they are hashed, as TextEncoder makes them (a
 * lone surrogate is U+FFFD), without a copy of the text as bytes: the input tables' content of a
 * 20 000-row workbook is megabytes, hashed twice.
 */
export function fnv1a64Update(text: string, state: FnvState = OFFSET as unknown as FnvState): FnvState {
  let [h0, h1, h2, h3] = state;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    let count: number; // bytes after the first
    if (c < 0x80) count = 0;
    else if (c < 0x800) count = 1;
    else if (c >= 0xd800 && c <= 0xdfff) {
      const d = c <= 0xdbff && i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        count = 3;
      } else {
        c = 0xfffd;
        count = 2;
      }
    } else count = 2;
    let byte =
      count === 0 ? c : count === 1 ? 0xc0 | (c >> 6) : count === 2 ? 0xe0 | (c >> 12) : 0xf0 | (c >> 18);
    for (;;) {
      h0 ^= byte;
      const t0 = h0 * 0x1b3;
      let t1 = h1 * 0x1b3;
      let t2 = h2 * 0x1b3;
      let t3 = h3 * 0x1b3;
      t2 += h0 << 8;
      t3 += h1 << 8;
      t1 += t0 >>> 16;
      h0 = t0 & 0xffff;
      t2 += t1 >>> 16;
      h1 = t1 & 0xffff;
      h3 = (t3 + (t2 >>> 16)) & 0xffff;
      h2 = t2 & 0xffff;
      if (count === 0) break;
      count--;
      byte = 0x80 | ((c >> (6 * count)) & 0x3f);
    }
  }
  return [h0, h1, h2, h3];
}

/** The 16 hex digits of a state. */
export function fnvHex([h0, h1, h2, h3]: FnvState): string {
  return [h3, h2, h1, h0].map((h) => h.toString(16).padStart(4, '0')).join('');
}

/** FNV-1a 64 of the UTF-8 bytes of text, as 16 hex digits. */
export function fnv1a64(text: string): string {
  return fnvHex(fnv1a64Update(text));
}

/** The fingerprint shown to users: the first 12 hex digits (48 bits). */
export function fingerprintOf(canonicalContent: string): string {
  return fnv1a64(canonicalContent).slice(0, 12);
}
