/**
 * What a file chosen for restore really is, from its first bytes ("magic numbers"), so a PDF or a
 * spreadsheet gets "This is a PDF, not a Termlight questions file" instead of a CSV parser's
 * complaint about line 20. Null: it may be text, and the CSV reader decides.
 */
export type ForeignKind = 'pdf' | 'excel' | 'word' | 'zip' | 'image' | 'office' | 'binary';

const starts = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);
const ascii = (bytes: Uint8Array, from: number, text: string) =>
  [...text].every((c, i) => bytes[from + i] === c.charCodeAt(0));

/** Whether `needle` (ASCII) occurs in the bytes: the part names inside a ZIP's first entries. */
function contains(bytes: Uint8Array, needle: string): boolean {
  const first = needle.charCodeAt(0);
  for (let i = bytes.indexOf(first); i !== -1; i = bytes.indexOf(first, i + 1)) {
    if (ascii(bytes, i, needle)) return true;
  }
  return false;
}

export function foreignFileKind(bytes: Uint8Array): ForeignKind | null {
  if (ascii(bytes, 0, '%PDF')) return 'pdf';
  if (starts(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    // Office files are ZIPs whose parts live under xl/ (Excel) or word/ (Word).
    if (contains(bytes, 'xl/')) return 'excel';
    if (contains(bytes, 'word/')) return 'word';
    return 'zip';
  }
  // Old .xls and .doc files (OLE compound documents).
  if (starts(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'office';
  if (
    starts(bytes, 0x89, 0x50, 0x4e, 0x47) || // PNG
    starts(bytes, 0xff, 0xd8, 0xff) || // JPEG
    ascii(bytes, 0, 'GIF8') ||
    (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) ||
    ascii(bytes, 4, 'ftypheic') ||
    ascii(bytes, 4, 'ftypmif1')
  ) {
    return 'image';
  }
  // Text never holds a NUL byte (UTF-16 text would, but Termlight writes UTF-8).
  if (bytes.subarray(0, 4096).includes(0)) return 'binary';
  return null;
}
