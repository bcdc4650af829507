import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatMessage, type Catalog } from '../format';
import { CARD_MESSAGE_PREFIXES } from '../../../scripts/card-messages-plugin';

const root = join(import.meta.dirname, '../../..');
const localesDir = join(root, 'public/_locales');
const english = readCatalog('en');
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

function readCatalog(locale: string): Catalog {
  return JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8')) as Catalog;
}

/** The source files that may use UI strings (tests and the catalog code itself excluded). */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && /\.tsx?$/.test(f.name))
    .map((f) => join(f.parentPath, f.name))
    .filter((f) => !f.includes('__tests__') && !relative(root, f).startsWith('lib/i18n'));
}

/** Every key a t('...'), tPieces('...') or plural('...') call names, plural ones as their base. */
function usedKeys(dirs = ['components', 'entrypoints', 'lib', 'embed', 'data']): {
  keys: Set<string>;
  plurals: Set<string>;
} {
  const keys = new Set<string>();
  const plurals = new Set<string>();
  for (const file of dirs.flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\b(?:t|tPieces)\(\s*'([^']+)'/g)) keys.add(m[1]!);
    for (const m of text.matchAll(/\bplural\(\s*'([^']+)'/g)) plurals.add(m[1]!);
  }
  if (dirs.includes('entrypoints')) {
    // The manifest's name and description (wxt.config.ts: '__MSG_key__').
    const config = readFileSync(join(root, 'wxt.config.ts'), 'utf8');
    for (const m of config.matchAll(/__MSG_(\w+)__/g)) keys.add(m[1]!);
  }
  return { keys, plurals };
}

/** The $name$ placeholders a message's text names, lower case. */
function namedIn(message: string): string[] {
  return [
    ...new Set([...message.matchAll(/\$([a-zA-Z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase())),
  ];
}

const pluralBase = (key: string) => {
  const m = /^(.+)_(zero|one|two|few|many|other)$/.exec(key);
  return m ? m[1]! : null;
};

describe('the English catalog', () => {
  const { keys, plurals } = usedKeys();

  it('finds the UI strings in use (the scan works)', () => {
    expect(keys.size).toBeGreaterThan(40);
    expect(keys).toContain('card_more');
    expect(plurals).toContain('card_brandNames');
  });

  it('has every key the code uses', () => {
    const missing = [...keys].filter((k) => !Object.hasOwn(english, k));
    missing.push(...[...plurals].filter((p) => !Object.hasOwn(english, `${p}_other`)));
    expect(missing).toEqual([]);
  });

  it('has no key the code does not use', () => {
    const unused = Object.keys(english).filter((k) => {
      if (k === 'locale') return false; // read by lib/i18n for the plural rules
      const base = pluralBase(k);
      return !keys.has(k) && !(base !== null && plurals.has(base));
    });
    expect(unused).toEqual([]);
  });

  it('has every message of the card in what the card bundles (only some prefixes)', () => {
    const { keys, plurals } = usedKeys(['components/term-card', 'components/popover']);
    const outside = [...keys, ...plurals].filter(
      (k) => !CARD_MESSAGE_PREFIXES.some((p) => k.startsWith(p)),
    );
    expect(keys.size).toBeGreaterThan(20);
    expect(outside).toEqual([]);
  });

  it('says what each message is for, for translators', () => {
    const bare = Object.entries(english).filter(([, m]) => !m.description?.trim());
    expect(bare.map(([k]) => k)).toEqual([]);
  });

  it('names the language of its folder', () => {
    expect(english.locale?.message).toBe('en');
  });
});

describe.each(readdirSync(localesDir))('the %s catalog', (locale) => {
  const catalog = readCatalog(locale);

  it.each(Object.entries(catalog))(
    '%s: its placeholders are declared, used and in order',
    (_k, m) => {
      const declared = Object.keys(m.placeholders ?? {}).map((n) => n.toLowerCase());
      expect(namedIn(m.message).sort()).toEqual([...declared].sort());
      // lib/i18n passes values in the alphabetical order of their names: $1, $2, ...
      const contents = [...declared].sort().map((n) => {
        const [, p] = Object.entries(m.placeholders!).find(([name]) => name.toLowerCase() === n)!;
        return p.content;
      });
      expect(contents).toEqual(declared.map((_, i) => `$${i + 1}`));
    },
  );

  it('fills every placeholder of every message (nothing like $name$ is left)', () => {
    for (const key of Object.keys(catalog)) {
      const text = formatMessage(catalog, key, ['1', '2', '3', '4', '5']);
      expect(text, key).not.toMatch(/\$/);
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('has only keys English has, each with the same placeholders', () => {
    for (const [key, m] of Object.entries(catalog)) {
      const base = pluralBase(key);
      const englishKey = base !== null && !Object.hasOwn(english, key) ? `${base}_other` : key;
      expect(Object.hasOwn(english, englishKey), key).toBe(true);
      expect(Object.keys(m.placeholders ?? {}).sort(), key).toEqual(
        Object.keys(english[englishKey]!.placeholders ?? {}).sort(),
      );
    }
  });

  it('gives every plural message an "other" form, and a count placeholder where it has any', () => {
    const bases = new Set(
      Object.keys(catalog)
        .map(pluralBase)
        .filter((b) => b !== null),
    );
    for (const base of bases) {
      expect(Object.hasOwn(catalog, `${base}_other`), base).toBe(true);
      const forms = Object.keys(catalog).filter((k) => pluralBase(k) === base);
      for (const form of forms) {
        expect(PLURAL_CATEGORIES).toContain(form.slice(base.length + 1));
        const names = Object.keys(catalog[form]!.placeholders ?? {});
        if (names.length > 0) expect(names, form).toContain('count');
      }
    }
  });
});

/**
 * Values the Spanish catalog may leave as the English has them: names, which are the same in both
 * languages. Anything else equal to its English value is an untranslated message.
 */
const SAME_IN_SPANISH = new Set([
  'imatinib', // a drug's generic name (the settings page's sample sentence)
  'Imatinib',
  'edema', // the Spanish medical word too (NCI Diccionario de cáncer)
]);

describe('the Spanish catalog', () => {
  const spanish = readCatalog('es');

  it('names its language', () => {
    expect(spanish.locale?.message).toBe('es');
  });

  it('has every English message, so a key added to English fails here until it is in Spanish', () => {
    const missing = Object.keys(english).filter((k) => !Object.hasOwn(spanish, k));
    expect(missing).toEqual([]);
  });

  it('has no message English lacks (apart from plural forms Spanish has and English not)', () => {
    const extra = Object.keys(spanish).filter((k) => {
      if (Object.hasOwn(english, k)) return false;
      const base = pluralBase(k);
      return base === null || !Object.hasOwn(english, `${base}_other`);
    });
    expect(extra).toEqual([]);
  });

  it('translates every message: none equals its English, except names and bare punctuation', () => {
    const untranslated = Object.keys(english).filter((k) => {
      const value = spanish[k]?.message;
      if (value !== english[k]!.message) return false;
      const words = value.replace(/\$[a-zA-Z0-9_@]+\$/g, '');
      return /\p{L}/u.test(words) && !SAME_IN_SPANISH.has(value);
    });
    expect(untranslated).toEqual([]);
  });

  it('keeps the description of every message for translators', () => {
    const bare = Object.entries(spanish).filter(([, m]) => !m.description?.trim());
    expect(bare.map(([k]) => k)).toEqual([]);
  });
});
