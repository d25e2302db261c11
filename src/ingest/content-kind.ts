/**
 * What a file's first bytes are, before they are read as CSV: gzip (cloud consoles deliver
 * exports as `.csv.gz`; found by its magic bytes, whatever the name), or binary data that is not
 * text at all (a workbook, an image, an archive), which is one clear error rather than a header
 * of mojibake echoed to the terminal.
 */

/** gzip's magic bytes (RFC 1952) and its only compression method, deflate. */
export function isGzip(head: Uint8Array): boolean {
  return head.length >= 3 && head[0] === 0x1f && head[1] === 0x8b && head[2] === 0x08;
}

const EXPORT_IT = 'give techspend the CSV export';
const DECOMPRESS = 'decompress it first (gzip is read as it is)';

const SIGNATURES: readonly { bytes: readonly number[]; what: string; hint: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive', hint: 'an Excel .xlsx workbook is one: save it as CSV, or unzip the archive' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty zip archive', hint: EXPORT_IT },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an Excel 97-2003 workbook (or another Office file)', hint: 'save it as CSV' },
  { bytes: [0x50, 0x41, 0x52, 0x31], what: 'a Parquet file', hint: 'export it as CSV' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document', hint: EXPORT_IT },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image', hint: EXPORT_IT },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image', hint: EXPORT_IT },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image', hint: EXPORT_IT },
  { bytes: [0x42, 0x5a, 0x68], what: 'a bzip2 archive', hint: DECOMPRESS },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'an xz archive', hint: DECOMPRESS },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], what: 'a zstd archive', hint: DECOMPRESS },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive', hint: DECOMPRESS },
];

export interface NotText {
  /** "is a PNG image, not a CSV file" (the caller puts the file's name before it) */
  reason: string;
  hint: string;
}

/**
 * Control bytes a text export does not hold (tab, line breaks, form feed and escape excepted).
 * Random or compressed data has about one in ten; a text file, none or a stray one.
 */
function isControl(b: number): boolean {
  return b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b) || b === 0x7f;
}

/** UTF-16 (with a BOM, or ASCII with a zero byte in every other place): text, not binary. */
function looksUtf16(head: Uint8Array): boolean {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  const n = Math.min(head.length, 512) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  return even > n * 0.4 || odd > n * 0.4;
}

/**
 * Why these first bytes are not a text export (undefined: they are text, or too few to tell).
 * The file's name is added by the caller.
 */
export function describeBinary(head: Uint8Array): NotText | undefined {
  for (const s of SIGNATURES) {
    if (head.length >= s.bytes.length && s.bytes.every((b, i) => head[i] === b)) return { reason: `is ${s.what}, not a CSV file`, hint: s.hint };
  }
  if (head.length === 0 || looksUtf16(head)) return undefined;
  let control = 0;
  let nul = false;
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b === 0) nul = true;
    if (isControl(b)) control++;
  }
  // a zero byte is never in a text export (UTF-16 is told apart above); without one, only a flood
  // of control bytes is binary: a few in a text (a crafted vendor name's BEL or ESC) are text,
  // read, and made harmless where they are shown
  if (nul || control > Math.max(16, head.length / 10)) return { reason: 'is binary data, not a text (CSV) file', hint: EXPORT_IT };
  return undefined;
}
