/**
 * The text of a glossary file from its bytes. Spreadsheets save CSV in several encodings: UTF-8
 * with or without a byte order mark, UTF-16 ("Unicode text"), and Windows-1252, which is Excel's
 * "CSV (Comma delimited)" on Windows. Reading every file as UTF-8 turned that last one into
 * "isn�t" without a word (#28); here it is recognised and decoded as what it is.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
type Utf = Exclude<TextEncoding, 'windows-1252'>;

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * Windows-1252's 0x80-0x9F, where it differs from Latin-1 (curly quotes, dashes, €). Decoded by
 * hand: Node's TextDecoder treats the label as Latin-1 and drops these, which would hide the very
 * characters a spreadsheet writes. Unassigned bytes stay U+FFFD.
 */
const WINDOWS_1252_HIGH = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';

function windows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text +=
      byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  }
  return text;
}

function decode(bytes: Uint8Array, encoding: Utf, skip = 0): DecodedText {
  return { text: new TextDecoder(encoding).decode(bytes.subarray(skip)), encoding };
}

/** Which half of UTF-16 pairs is mostly zero: plain-letter text in UTF-16 without a mark. */
function utf16WithoutMark(bytes: Uint8Array): Utf | null {
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  const half = sample.length / 2;
  if (half < 2) return null;
  if (oddZeros > half * 0.6 && evenZeros < half * 0.1) return 'utf-16le';
  if (evenZeros > half * 0.6 && oddZeros < half * 0.1) return 'utf-16be';
  return null;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode(bytes, 'utf-8', 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes, 'utf-16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes, 'utf-16be', 2);
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return decode(bytes, utf16);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: a file from a Windows program that saved in its own code page.
    return { text: windows1252(bytes), encoding: 'windows-1252' };
  }
}
