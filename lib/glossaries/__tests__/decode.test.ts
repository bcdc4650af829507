import { describe, expect, it } from 'vitest';
import { decodeText } from '../decode';

const text = 'name,summary\nCytarabine,“A chemo drug” that isn’t new — café\n';

/** Windows-1252 bytes of the text above, as Excel writes "CSV (Comma delimited)". */
function windows1252(value: string): Uint8Array {
  const special: Record<string, number> = { '“': 0x93, '”': 0x94, '’': 0x92, '—': 0x97 };
  return Uint8Array.from([...value].map((c) => special[c] ?? c.charCodeAt(0)));
}

function utf16(value: string, littleEndian: boolean, mark: boolean): Uint8Array {
  const units = [...(mark ? '\uFEFF' : ''), ...value].map((c) => c.charCodeAt(0));
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  units.forEach((u, i) => view.setUint16(i * 2, u, littleEndian));
  return bytes;
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    const plain = new TextEncoder().encode(text);
    expect(decodeText(plain)).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...plain]))).toEqual({
      text,
      encoding: 'utf-8',
    });
  });

  it("reads Excel's Windows-1252 CSV with the right characters", () => {
    expect(decodeText(windows1252(text))).toEqual({ text, encoding: 'windows-1252' });
  });

  it('reads UTF-16 in both byte orders, with or without a mark', () => {
    expect(decodeText(utf16(text, true, true)).text).toBe(text);
    expect(decodeText(utf16(text, false, true)).text).toBe(text);
    expect(decodeText(utf16(text, true, false))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(utf16(text, false, false))).toEqual({ text, encoding: 'utf-16be' });
  });
});
