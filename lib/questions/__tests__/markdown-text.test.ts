import { toMarkdown } from '../export';
import { markdownHeading, markdownLine } from '../markdown-text';
import { savedTerm } from './fixtures';

const PUNCTUATION = '[!-/:-@[-`{-~]';

/**
 * What a CommonMark (+ GitHub task lists and strikethrough) renderer shows for one line the
 * escaper made. No Markdown parser is installed, so this is a hand-written check of exactly the
 * constructs that could change the text: with every backslash-escaped character taken out, none
 * may be left; then the text shown is the line with the escapes undone.
 */
function rendered(md: string): string {
  const bare = md.replace(new RegExp(`\\\\${PUNCTUATION}`, 'g'), 'x');
  const constructs: [string, RegExp][] = [
    ['code span', /`/],
    ['emphasis with *', /\*(?=\S)|(?<=\S)\*/],
    ['emphasis with _', /(?<![\p{L}\p{N}])_(?=\S)|(?<=\S)_(?![\p{L}\p{N}])/u],
    ['link', /\[[^\]]*\]/],
    ['HTML or autolink', /<[A-Za-z/!?]/],
    ['entity', /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i],
    ['strikethrough', /~.*~/],
    [
      'heading, bullet, quote, number, rule',
      /^(?:#{1,6}(?:\s|$)|[-+*](?:\s|$)|>|\d+[.)](?:\s|$)|(?:[-=_*]\s*)+$)/,
    ],
    ['hard break', /\\$/],
    ['indented code', /^\s/],
  ];
  for (const [name, pattern] of constructs) expect(bare, `${name} in ${md}`).not.toMatch(pattern);
  return md.replace(new RegExp(`\\\\(${PUNCTUATION})`, 'g'), '$1');
}

describe('markdownLine', () => {
  it.each([
    'Philadelphia chromosome-positive ALL (Ph+ ALL)',
    'Is 1.5 times the dose safe? 3 + 4 = 7!',
    'snake_case and file_name.txt',
    '50% of kids; {braces}, #hashtag, a|b, 2 * 3',
    'A & B, <5 days, -5 degrees, done.',
    'https://www.cancer.gov/types/leukemia',
  ])('leaves ordinary punctuation alone: %j', (text) => {
    expect(markdownLine(text)).toBe(text);
    expect(rendered(markdownLine(text))).toBe(text);
  });

  it.each([
    ['*really* bad', '\\*really\\* bad'],
    ['_this_ one', '\\_this\\_ one'],
    ['use `code`', 'use \\`code\\`'],
    ['see [page](x)', 'see \\[page](x)'],
    ['<b>bold</b>', '\\<b>bold\\</b>'],
    ['&amp; and &#39;', '\\&amp; and \\&#39;'],
    ['~~gone~~', '\\~\\~gone\\~\\~'],
    ['C:\\path\\', 'C:\\path\\\\'],
    ['a \\* b', 'a \\\\\\* b'],
    ['# not a heading', '\\# not a heading'],
    ['- not a bullet', '\\- not a bullet'],
    ['+ not a bullet', '\\+ not a bullet'],
    ['* not a bullet', '\\* not a bullet'],
    ['> not a quote', '\\> not a quote'],
    ['1. not a list', '1\\. not a list'],
    ['2) not a list', '2\\) not a list'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['```', '\\`\\`\\`'],
    ['    four spaces', 'four spaces'],
  ])('escapes what Markdown would misread: %j', (text, md) => {
    expect(markdownLine(text)).toBe(md);
    expect(rendered(md)).toBe(text.trimStart());
  });

  it('escapes brackets inside link text, and a closing # in a heading', () => {
    expect(markdownLine('Ph+ [ALL] guide', { inLink: true })).toBe('Ph+ \\[ALL\\] guide');
    expect(markdownHeading('Ph+ ALL #')).toBe('Ph+ ALL \\#');
    expect(markdownHeading('C# basics')).toBe('C# basics');
  });
});

describe('toMarkdown', () => {
  it('has no needless backslashes', () => {
    const md = toMarkdown({
      terms: [
        savedTerm('ph-positive-all', {
          termName: 'Philadelphia chromosome-positive ALL (Ph+ ALL)',
          pageTitle: 'Ph+ ALL: what parents ask (2026)',
          context: 'Most kids with Ph+ ALL take a TKI (imatinib or dasatinib).',
          notes: [
            { id: 'a', text: 'Is it 1-2 years?\nAnd after that?', asked: false, suggested: false },
          ],
        }),
      ],
    });
    expect(md).toContain('## Philadelphia chromosome-positive ALL (Ph+ ALL)');
    expect(md).toContain('[Ph+ ALL: what parents ask (2026)](<https://');
    expect(md).toContain('> Most kids with Ph+ ALL take a TKI (imatinib or dasatinib).');
    expect(md).toContain('- [ ] Is it 1-2 years?  \n  And after that?');
    expect(md).not.toContain('\\');
  });
});
