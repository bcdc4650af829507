import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/preact';
import { cardData } from '../../../data/card';
import { withSpanish } from '../../../data/es/card';
import { SPANISH_LEVELS } from '../../../data/es/index';
import type { Catalog } from '../../../lib/i18n/format';
import { chooseInterfaceLanguage } from '../../../lib/i18n/interface-language';
import { PopoverContent } from '../../popover/popover-content';

const catalog = (language: string) =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '../../../public/_locales', language, 'messages.json'),
      'utf8',
    ),
  ) as Catalog;
const ES = catalog('es');
const EN = catalog('en');

/** The card's own words (not its text): headings, kind, More, footer, pin note, close. */
function labelsOf(dialog: HTMLElement): string[] {
  return [
    ...[
      ...dialog.querySelectorAll('h3, dt, .tl-more > summary, footer, .tl-pin-note, .tl-category'),
    ]
      // The student part is English for now, and marked so.
      .filter((el) => !el.closest('.tl-student > div'))
      .map((el) =>
        // Its own words, not those of a part inside it ("about X" for screen readers).
        [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join('')
          .trim(),
      ),
    dialog.querySelector('.tl-close')!.getAttribute('aria-label')!,
  ];
}

/** A built-in entry with a Spanish level, shown in the popover in `lang`. */
function popover(lang: 'en' | 'es') {
  const id = Object.keys(SPANISH_LEVELS).find((k) => cardData(k))!;
  const { container } = render(
    <PopoverContent
      data={withSpanish(cardData(id)!)}
      previousName={null}
      pinned
      lang={lang}
      onSelectRelated={() => undefined}
      onBack={() => undefined}
      onClose={() => undefined}
    />,
  );
  const dialog = container.querySelector<HTMLElement>('[role="dialog"]')!;
  return { dialog, labels: labelsOf(dialog) };
}

/** Messages of the card that differ between the two catalogs, as [English, Spanish]. */
const CARD_WORDS = [
  'card_more',
  'card_footerAdvice',
  'popover_pinned',
  'popover_close',
  'card_related',
].map((k) => [EN[k]!.message, ES[k]!.message] as const);

afterEach(() => chooseInterfaceLanguage('auto'));

describe("a card's own labels follow the language of its text (issue #29)", () => {
  it('a Spanish card has Spanish labels in an English interface, all under lang="es"', () => {
    const { dialog, labels } = popover('es');
    expect(dialog.getAttribute('lang')).toBe('es');
    for (const [english, spanish] of CARD_WORDS) {
      if (english === 'Related terms' && !dialog.querySelector('.tl-related')) continue;
      expect(labels).toContain(spanish);
      expect(labels).not.toContain(english);
    }
    const sources = dialog.querySelector('.tl-sources h3')!.textContent;
    expect([ES.card_sources!.message, ES.card_oneSource!.message]).toContain(sources);
    // No label inside is marked as another language (the student part is English, and says so).
    const marked = [...dialog.querySelectorAll('[lang]')].filter(
      (el) => el.getAttribute('lang') !== 'es' && !el.closest('.tl-student'),
    );
    expect(marked.map((el) => el.className)).toEqual([]);
  });

  it('an English card has English labels in a Spanish interface', async () => {
    await chooseInterfaceLanguage('es', async (l) => catalog(l));
    const { dialog, labels } = popover('en');
    expect(dialog.getAttribute('lang')).toBe('en');
    for (const [english, spanish] of CARD_WORDS) {
      if (english === 'Related terms' && !dialog.querySelector('.tl-related')) continue;
      expect(labels).toContain(english);
      expect(labels).not.toContain(spanish);
    }
  });

  it('writes a source date in the language of the card', () => {
    const dated = (dialog: HTMLElement) =>
      [...dialog.querySelectorAll('.tl-sources li')].map((li) => li.textContent).join(' ');
    expect(dated(popover('es').dialog)).toMatch(/\d{1,2} de [a-záéíóú]+ de \d{4}/);
  });
});
