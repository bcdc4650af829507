import type { StudyCard } from '../../lib/study/cards';
import { toAnkiText, toCsv } from '../../lib/study/export';
import type { ExportSource } from '../../lib/study/export';
import { downloadText } from '../shared/download';
import { t } from '../../lib/i18n';

function download(text: string, fileName: string, type: string): void {
  downloadText(document, fileName, text, `${type};charset=utf-8`);
}

/** "Take this deck with you": Anki text and CSV. */
export function DeckExport({
  cards,
  sources,
  fileStem,
}: {
  cards: readonly StudyCard[];
  /** The built-in glossary's and the courses' sources, for the Source column. */
  sources: ExportSource;
  fileStem: string;
}) {
  return (
    <section class="tl-section" aria-labelledby="tl-export-title">
      <h2 id="tl-export-title">{t('export_title')}</h2>
      <p class="tl-hint">{t('export_hint')}</p>
      <div class="tl-inline">
        <button
          type="button"
          class="tl-button"
          disabled={cards.length === 0}
          onClick={() => download(toAnkiText(cards, sources), `${fileStem}-anki.txt`, 'text/plain')}
        >
          {t('export_anki')}
        </button>
        <button
          type="button"
          class="tl-button"
          disabled={cards.length === 0}
          onClick={() => download(toCsv(cards, sources), `${fileStem}.csv`, 'text/csv')}
        >
          {t('export_csv')}
        </button>
      </div>
    </section>
  );
}
