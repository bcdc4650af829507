import { foreignFileKind } from '../file-kind';
import { readImportFile } from '../import';
import { toCsv } from '../export';
import { SAMPLE } from './fixtures';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)),
  );
const zip = (name: string) => bytes([0x50, 0x4b, 0x03, 0x04], [20, 0, 0, 0, 8, 0], name, '...');

describe('foreignFileKind', () => {
  it.each([
    ['pdf', bytes('%PDF-1.7\n%âãÏÓ')],
    ['excel', zip('[Content_Types].xml...xl/workbook.xml')],
    ['word', zip('[Content_Types].xml...word/document.xml')],
    ['zip', zip('notes/readme.txt')],
    ['office', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
    ['image', bytes([0x89], 'PNG\r\n')],
    ['image', bytes([0xff, 0xd8, 0xff, 0xe0])],
    ['image', bytes('GIF89a')],
    ['image', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
    ['image', bytes([0, 0, 0, 24], 'ftypheic')],
    ['binary', bytes('abc', [0], 'def')],
  ])('names a %s file', (kind, data) => {
    expect(foreignFileKind(data)).toBe(kind);
  });

  it('leaves text to the CSV reader', () => {
    expect(foreignFileKind(bytes('termId,termName\n'))).toBeNull();
    expect(foreignFileKind(bytes([0xef, 0xbb, 0xbf], 'termId'))).toBeNull();
    expect(foreignFileKind(new Uint8Array())).toBeNull();
  });
});

describe('readImportFile', () => {
  it('says a PDF is a PDF, with no line number and no CSV jargon', async () => {
    const result = await readImportFile(new Blob([bytes('%PDF-1.4\n"a",b"c\n')]));
    expect(result).toEqual({
      ok: false,
      errors: [{ line: 0, message: expect.stringMatching(/^This is a PDF, not a Termlight/) }],
    });
  });

  it('reads back an exported list', async () => {
    const result = await readImportFile(new Blob([toCsv(SAMPLE)]));
    expect(result.ok && result.list.terms.map((t) => t.termId)).toEqual([
      'imatinib',
      'blinatumomab',
    ]);
  });
});
