import { formatMessage, type Catalog } from '../format';
import { localizeDocument } from '../document';
import { messagesFrom, plural, t, tPieces } from '../index';

const catalog: Catalog = {
  plain: { message: 'Hello' },
  two: {
    message: '$Name$ has $count$ notes; $name$ again, $$5',
    placeholders: { count: { content: '$1' }, name: { content: '$2' } },
  },
};

describe('formatMessage (the browser.i18n format, for the embed and tests)', () => {
  it('fills named placeholders from their numbered substitutions, any case, and $$', () => {
    expect(formatMessage(catalog, 'two', ['3', 'Ana'])).toBe('Ana has 3 notes; Ana again, $5');
  });

  it('answers "" for an unknown key, like browser.i18n', () => {
    expect(formatMessage(catalog, 'nope')).toBe('');
    expect(formatMessage(catalog, 'toString')).toBe('');
  });

  it('leaves a missing substitution empty, never "undefined"', () => {
    expect(formatMessage(catalog, 'two', ['3'])).toBe(' has 3 notes;  again, $5');
  });
});

describe('t and plural (over the English catalog)', () => {
  it('fill their placeholders', () => {
    expect(t('card_back', { name: 'Imatinib' })).toBe('Back to Imatinib');
    expect(t('popover_announce', { name: 'TKI', summary: 'A drug.' })).toBe(
      'Definition: TKI. A drug.',
    );
    expect(t('card_more')).toBe('More');
  });

  it('pick the plural form by the count', () => {
    expect(plural('card_brandNames', 1)).toBe('Brand name:');
    expect(plural('card_brandNames', 2)).toBe('Brand names:');
    expect(plural('card_brandNames', 0)).toBe('Brand names:');
  });

  it('show the key rather than nothing when a message is missing', () => {
    expect(t('no_such_key' as 'card_more')).toBe('no_such_key');
  });
});

describe('tPieces (a message with elements inside)', () => {
  it("cuts the message at its placeholders, in the message's order, pieces kept as given", () => {
    const chemo = { term: 'chemo' };
    const pieces = tPieces('options_previewSentence', {
      again: 3,
      chemotherapy: chemo,
      drug: 2,
      edema: 4,
    });
    expect(pieces).toEqual([
      'His plan paired ',
      chemo,
      ' with a daily pill, ',
      2,
      '. ',
      3,
      ' can cause ',
      4,
      ', a swelling around the eyes.',
    ]);
    expect(pieces[1]).toBe(chemo);
    // @ts-expect-error every placeholder needs its piece (checked by tsc)
    expect(tPieces('options_previewSentence', { drug: 2 })).toContain(2);
  });
});

describe('localizeDocument (an extension page in the catalog language)', () => {
  it('sets the title and the lang of the catalog that is in use', () => {
    document.documentElement.lang = 'xx';
    localizeDocument(document, t('study_documentTitle'));
    expect(document.title).toBe('Termlight study');
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('plural counts', () => {
  const counted: Catalog = {
    shown_other: { message: '$count$ notes', placeholders: { count: { content: '$1' } } },
    label_other: { message: 'Notes:' },
  };
  const lookup = (key: string, subs: string[]) => formatMessage(counted, key, subs);

  it('writes the count as the language does only where the message shows it', () => {
    // A number format's first use loads ICU's number data (a card's first render waited for it).
    const Real = Intl.NumberFormat;
    const written = `${new Real('de-CH').format(12345)} notes`;
    let made = 0;
    Intl.NumberFormat = function (...args: ConstructorParameters<typeof Real>) {
      made++;
      return new Real(...args);
    } as unknown as typeof Real;
    try {
      const messages = messagesFrom(lookup, () => 'de-CH');
      expect(messages.plural('label' as never, 12345)).toBe('Notes:');
      expect(made).toBe(0);
      expect(messages.plural('shown' as never, 12345)).toBe(written);
      expect(made).toBe(1);
    } finally {
      Intl.NumberFormat = Real;
    }
  });
});
