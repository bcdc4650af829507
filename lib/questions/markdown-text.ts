/**
 * Text that shows as typed in Markdown (CommonMark with GitHub's task lists and strikethrough),
 * with a backslash only where Markdown would misread it. Parents open the export as plain text
 * too, so "chromosome-positive ALL (Ph+ ALL)" must stay free of "\-", "\(" and "\+".
 *
 * Escaped inside a line: a backslash before punctuation or at the end; every backtick (code); an
 * asterisk that touches a non-space (emphasis); an underscore at a word's edge (emphasis: inside
 * a word, as in snake_case, it is plain); "[" with a "]" after it (links); "<" before a letter,
 * "/", "!" or "?" (HTML, autolinks); "&" that starts an entity ("&amp;"); tildes when there are
 * two or more (strikethrough). At a line's start: "#" headings, "-", "+", "*" bullets, "1." and
 * "1)" numbers, ">" quotes, fences, and lines of only "-", "=", "_" or "*" (rules and setext
 * headings). Leading spaces are dropped, since Markdown drops them (or makes code of four).
 */

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const ENTITY = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/;
/** The index of a line-start character Markdown would read as block syntax, or -1. */
function blockMarker(line: string): number {
  if (/^(?:#{1,6}(?:\s|$)|[-+*](?:\s|$)|>|```|~~~)/.test(line)) return 0;
  const number = /^\d{1,9}([.)])(?:\s|$)/.exec(line);
  if (number) return number[0].indexOf(number[1]!);
  if (/^(?:[-=_*]\s*)+$/.test(line)) return 0;
  return -1;
}

export interface MarkdownTextOptions {
  /** Inside a link's [text]: brackets are always escaped. */
  inLink?: boolean;
}

/** One line of text (no line breaks) as Markdown that renders as exactly this text. */
export function markdownLine(raw: string, options: MarkdownTextOptions = {}): string {
  const line = raw.replace(/^\s+/, '');
  const marker = blockMarker(line);
  const tildes = (line.match(/~/g)?.length ?? 0) >= 2;
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    const prev = line[i - 1] ?? ' ';
    const next = line[i + 1] ?? ' ';
    let escape = i === marker;
    switch (c) {
      case '\\':
        escape ||= i === line.length - 1 || ASCII_PUNCTUATION.test(next);
        break;
      case '`':
        escape = true;
        break;
      case '*':
        escape ||= !(SPACE.test(prev) && SPACE.test(next));
        break;
      case '_':
        escape ||=
          !(WORD_CHAR.test(prev) && WORD_CHAR.test(next)) &&
          !(SPACE.test(prev) && SPACE.test(next));
        break;
      case '[':
        escape ||= options.inLink === true || line.includes(']', i + 1);
        break;
      case ']':
        escape ||= options.inLink === true;
        break;
      case '<':
        escape ||= /[A-Za-z/!?]/.test(next);
        break;
      case '&':
        escape ||= ENTITY.test(line.slice(i));
        break;
      case '~':
        escape ||= tildes;
        break;
    }
    out += escape ? `\\${c}` : c;
  }
  return out;
}

/** A heading's text: also keeps a closing run of "#" (which Markdown would drop) as text. */
export function markdownHeading(raw: string): string {
  const text = markdownLine(raw);
  return /(?:^|\s)#+\s*$/.test(text) ? text.replace(/#(#*\s*)$/, '\\#$1') : text;
}
