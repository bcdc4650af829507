/**
 * Every sourced piece of text of an entry, found by walking the entry rather than by listing its
 * fields, so a field added later (a sourced pronunciation, a new side-effect group) is covered
 * without anyone remembering to add it here. The summary and, where it is not split into facts,
 * the explanation cite the entry's main `source`.
 */
import { isPlainObject as isRecord } from './plain-object';
import type { GlossaryEntry, SourceId } from './types';

export interface CitedFact {
  /** Where the text sits in the entry, e.g. "sideEffects.common[2]" or "student.summary". */
  path: string;
  text: string;
  source: SourceId;
}

/** Facts ({ text, source }) and `...Source` fields found under `value`, in field order. */
function walk(value: unknown, path: string, out: CitedFact[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${path}[${i}]`, out));
    return;
  }
  if (!isRecord(value)) return;
  if (typeof value.text === 'string' && typeof value.source === 'string') {
    out.push({ path, text: value.text, source: value.source });
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    const childPath = path === '' ? key : `${path}.${key}`;
    // A sourced string kept beside its text, e.g. pronunciation + pronunciationSource.
    if (key.endsWith('Source') && typeof child === 'string') {
      const textKey = key.slice(0, -'Source'.length);
      const text = value[textKey];
      out.push({
        path: textKey === '' ? childPath : textKey,
        text: String(text ?? ''),
        source: child,
      });
    } else {
      walk(child, childPath, out);
    }
  }
}

/** Every fact of the entry, patient and student level, with the source it cites. */
export function citedFacts(entry: GlossaryEntry): CitedFact[] {
  const out: CitedFact[] = [{ path: 'summary', text: entry.summary, source: entry.source }];
  if (!entry.explanationFacts) {
    out.push({ path: 'explanation', text: entry.explanation, source: entry.source });
  }
  // The summary, explanation and main source are covered above.
  const rest = Object.fromEntries(
    Object.entries(entry).filter(([k]) => !['summary', 'explanation', 'source'].includes(k)),
  );
  walk(rest, '', out);
  return out;
}
