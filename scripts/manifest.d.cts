// Types for manifest.cjs (plain CommonJS so that webpack.config.js can require it).

/** The host every development URL in manifest.xml starts with: https://localhost:3000. */
export declare const DEV_ORIGIN: string;

export interface CheckResult {
  /** Which check: 'xml' (well-formed; only when it fails), 'resids', 'https', 'id', 'overrides', 'icons'. */
  key: 'xml' | 'resids' | 'https' | 'id' | 'overrides' | 'icons';
  /** What was checked, as printed. */
  check: string;
  /** What is wrong; empty when the check passed. */
  problems: string[];
}

export interface CheckOptions {
  /** The bytes of assets/<fileName>, or null when there is no such file. Without it icons are not checked. */
  readAsset?: (fileName: string) => Uint8Array | null;
}

/** Every check that needs no external tool (all but the XSD validation). */
export declare function checkManifest(xml: string, options?: CheckOptions): CheckResult[];

/** The add-in's Id, or null when the manifest has none. Throws when the XML is not well-formed. */
export declare function manifestId(xml: string): string | null;

/** Width and height from a PNG's header, or null when the bytes are not a PNG. */
export declare function pngSize(bytes: Uint8Array): { width: number; height: number } | null;

/** The manifest with every https://localhost:3000 URL moved to addinUrl; throws unless addinUrl is https. */
export declare function productionManifest(xml: string, addinUrl: string): string;
