import { canonicalSeparators, stripTrademark, withoutAccents } from './normalize';
import type { Plural } from './pattern';

/** What a form key resolves to. */
export interface FormInfo {
  id: string;
  capsGuard: boolean;
  plural: Plural;
}

const MEMO_LIMIT = 5000;

/**
 * Form keys → ids, precomputed so a match is resolved with one or two Map lookups. Exact-case
 * forms are keyed as written, the others lower-cased; separators are canonical and accents
 * dropped in both (the regex decides where a missing accent may match).
 */
export class FormTable {
  private readonly exact = new Map<string, FormInfo>();
  private readonly folded = new Map<string, FormInfo>();
  /** Pages repeat their terms: remember what each matched string resolved to. */
  private readonly memo = new Map<string, FormInfo | null>();

  /** Returns the id already holding this key when it differs (the first one stays). */
  add(form: string, caseSensitive: boolean, info: FormInfo): string | null {
    const key = withoutAccents(canonicalSeparators(form));
    const map = caseSensitive ? this.exact : this.folded;
    const k = caseSensitive ? key : key.toLowerCase();
    const held = map.get(k);
    if (held) return held.id === info.id ? null : held.id;
    // An earlier entry that claims every letter case of this form also holds this exact case:
    // a preferred course glossary's "tki" wins over the built-in "TKI" (#28). Exact-case forms
    // are looked up first, so without this the later one would win.
    const anyCase = caseSensitive ? this.folded.get(key.toLowerCase()) : undefined;
    if (anyCase && anyCase.id !== info.id) return anyCase.id;
    map.set(k, info);
    this.memo.clear();
    return null;
  }

  /** The form a regex match came from, or undefined. */
  resolve(matched: string): FormInfo | undefined {
    let info = this.memo.get(matched);
    if (info === undefined) {
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      info = this.lookup(matched) ?? null;
      this.memo.set(matched, info);
    }
    return info ?? undefined;
  }

  private lookup(matched: string): FormInfo | undefined {
    const key = withoutAccents(canonicalSeparators(stripTrademark(matched)));
    const found = this.exact.get(key) ?? this.folded.get(key.toLowerCase());
    if (found || key.length < 2) return found;
    // Plural: exact-case forms take a lower-case "s" only ("TKIs", not "TKIS").
    const last = key[key.length - 1];
    const stem = key.slice(0, -1);
    const s =
      (last === 's' ? this.exact.get(stem) : undefined) ??
      (last === 'S' || last === 's' ? this.folded.get(stem.toLowerCase()) : undefined);
    if (s?.plural === 's') return s;
    const ies = this.resolveIes(key);
    return ies?.plural === 'ies' ? ies : undefined;
  }

  /** "therapies" → "therapy". */
  private resolveIes(key: string): FormInfo | undefined {
    if (key.length < 4 || !key.toLowerCase().endsWith('ies')) return undefined;
    const stem = key.slice(0, -3);
    return (
      (key.endsWith('ies') ? this.exact.get(stem + 'y') : undefined) ??
      this.folded.get(stem.toLowerCase() + 'y')
    );
  }
}
