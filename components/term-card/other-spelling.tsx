import type { CardData } from '../../data/card';
import { otherSpellingOf } from '../../data/misspellings';
import { useCardLabels } from './card-labels';

/**
 * "Often spelled “Gleevac” — the drug's name is imatinib (Gleevec)." when the page text the card
 * was opened from is one of the entry's other spellings (data/misspellings.ts); nothing otherwise.
 */
export function OtherSpellingNote({ data, seenAs }: { data: CardData; seenAs: string }) {
  const { t } = useCardLabels();
  const spelling = otherSpellingOf(data.otherSpellings ?? [], seenAs);
  if (!spelling) return null;
  const { entry } = data;
  const seen = spelling.text;
  const brand = entry.forms.find((f) => f.brand)?.text;
  const nickname = spelling.kind === 'nickname';
  let text: string;
  if (entry.category === 'drug' && brand) {
    // A generic drug name is written in lower case inside a sentence.
    const name = entry.name.charAt(0).toLowerCase() + entry.name.slice(1);
    text = nickname
      ? t('card_calledDrug', { brand, name, seen })
      : t('card_spelledDrug', { brand, name, seen });
  } else {
    text = nickname
      ? t('card_called', { name: entry.name, seen })
      : t('card_spelled', { name: entry.name, seen });
  }
  return <p class="tl-spelled">{text}</p>;
}
