import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  DECK_CATEGORIES,
  deckCards,
  deckCounts,
  deckKey,
  deckQuery,
  deckTitle,
  glossaryCards,
  nextCard,
  previewDue,
  studySources,
  type Course,
  type Deck,
  type DeckCounts,
  type GradeValue,
} from '../../lib/study/index';
import { useSettings } from '../shared/use-settings';
import { useDocumentTheme } from '../shared/use-theme';
import { DeckExport } from './deck-export';
import { Flashcard } from './flashcard';
import { StudyReset } from './study-reset';
import { useCourses } from './use-courses';
import { useSavedTermIds } from './use-saved-terms';
import { useStudyProgress } from './use-study-progress';
import { formatNumber, plural, t } from '../../lib/i18n';
import { formatDateTime } from '../../lib/i18n/intl';

export interface StudyAppProps {
  deck: Deck;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /** Called with the deck's address part when the student picks another deck. */
  onDeckChange?: (query: string) => void;
}

const systemClock = () => new Date();

/** Re-reads the clock now and then, so a learning card a minute ahead turns up on its own. */
function useTick(ms: number): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((t) => t + 1), ms);
    return () => clearInterval(timer);
  }, [ms]);
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
  );
}

/** The Study page: one deck, its counts, the current card, export and reset. */
export function StudyApp({ deck: firstDeck, now = systemClock, onDeckChange }: StudyAppProps) {
  const { settings } = useSettings();
  useDocumentTheme(settings?.theme ?? 'system');
  const study = useStudyProgress(now);
  const [deck, setDeck] = useState(firstDeck);
  const [revealed, setRevealed] = useState(false);
  useTick(30_000);

  const savedTermIds = useSavedTermIds();
  const courses = useCourses();
  // Student cards join the deck when explanations open at the student level.
  const student = settings?.firstCardLevel === 'student';
  const cards = useMemo(
    () =>
      deckCards(
        deck,
        [...glossaryCards({ student }), ...(courses ?? []).flatMap((c) => c.cards)],
        savedTermIds ?? [],
      ),
    [deck, savedTermIds, student, courses],
  );
  const sources = useMemo(() => studySources(courses ?? []), [courses]);
  const courseName = (key: string) => courses?.find((c) => c.key === key)?.name ?? key;
  const progress = study.progress;
  const time = now();
  // The card on screen stays until it is graded (or the deck changes): a change from another
  // study tab may make a different card next, but must not swap the one being answered.
  const shownId = useRef<string | null>(null);
  // Not before the deck is whole: a card picked while the saved terms or courses still load would
  // stay in front of the deck's own first card.
  const ready = !!progress && savedTermIds !== null && courses !== null;
  const current = ready
    ? (cards.find((card) => card.id === shownId.current) ??
      nextCard(cards, progress.cards, time, progress.newPerDay))
    : null;
  if (ready) shownId.current = current?.id ?? null;
  const counts = progress && deckCounts(cards, progress.cards, time, progress.newPerDay);

  // The key handler reads the latest state through a ref, so it is attached once.
  const singleKeys = settings?.singleKeyShortcuts ?? true;
  const keyState = useRef({ current, revealed, singleKeys, grade: (_: GradeValue) => {} });
  const grade = (value: GradeValue) => {
    if (!current) return;
    shownId.current = null;
    setRevealed(false);
    void study.grade(current.id, value);
  };
  keyState.current = { current, revealed, singleKeys, grade };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const state = keyState.current;
      if (!state.current || !state.singleKeys) return;
      if (event.key === ' ' && !state.revealed) {
        // A focused button other than "Show" keeps Space for itself.
        const target = event.target as HTMLElement | null;
        if (target?.closest('button, a') && !target.closest('.tl-show')) return;
        event.preventDefault();
        setRevealed(true);
      } else if (
        state.revealed &&
        ['1', '2', '3', '4'].includes(event.key) &&
        // Digits grade only from the card or its buttons (WCAG 2.1.4): typed anywhere else
        // (a speech command, a key pressed on Download) they must not grade a card.
        (event.target as Element | null)?.closest?.('.tl-flashcard')
      ) {
        event.preventDefault();
        state.grade(Number(event.key) as GradeValue);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const pickDeck = (value: string) => {
    const next = deckFromChoice(value, firstDeck);
    shownId.current = null;
    setDeck(next);
    setRevealed(false);
    onDeckChange?.(deckQuery(next));
  };

  return (
    <main class="tl-page tl-study">
      <h1>{t('study_title')}</h1>
      <div class="tl-field tl-deck-pick">
        <label for="tl-deck">{t('study_deck')}</label>
        <select
          id="tl-deck"
          value={deckChoice(deck)}
          onChange={(e) => pickDeck(e.currentTarget.value)}
        >
          {firstDeck.kind === 'page' && <option value="page">{deckTitle(firstDeck)}</option>}
          <option value="saved">
            {deckTitle({ kind: 'saved' })}
            {savedTermIds && ` (${savedTermIds.length})`}
          </option>
          <option value="glossary">{deckTitle({ kind: 'glossary' })}</option>
          {DECK_CATEGORIES.map((category) => (
            <option key={category} value={`category:${category}`}>
              {deckTitle({ kind: 'category', category })}
            </option>
          ))}
          <CourseOptions courses={courses ?? []} deck={deck} courseName={courseName} />
        </select>
      </div>
      {study.error && (
        <p class="tl-error" role="alert">
          {study.error}
        </p>
      )}
      {progress && progress.problems.length > 0 && (
        <div class="tl-notice" role="status">
          {progress.problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      {!progress || !counts || savedTermIds === null || courses === null ? (
        !study.error && <p class="tl-hint">{t('study_loading')}</p>
      ) : (
        <>
          <CountsLine counts={counts} />
          {current ? (
            <Flashcard
              card={current}
              revealed={revealed}
              onReveal={() => setRevealed(true)}
              onGrade={grade}
              dueAfter={previewDue(current.id, progress.cards.get(current.id), time)}
              now={time}
              singleKeys={singleKeys}
              sources={sources}
            />
          ) : (
            <DoneNote counts={counts} deck={deck} />
          )}
          <NewPerDay value={progress.newPerDay} onSave={study.setNewPerDay} />
          <DeckExport cards={cards} sources={sources} fileStem={fileStem(deck, courseName)} />
          <StudyReset studied={counts.seen} onReset={() => study.reset(cards.map((c) => c.id))} />
        </>
      )}
      <p class="tl-hint tl-study-disclaimer">{t('pages_disclaimer')}</p>
    </main>
  );
}

/** The imported glossaries as decks, and the current course deck if its glossary is gone. */
function CourseOptions({
  courses,
  deck,
  courseName,
}: {
  courses: readonly Course[];
  deck: Deck;
  courseName: (key: string) => string;
}) {
  const keys = courses.map((c) => c.key);
  if (deck.kind === 'course' && !keys.includes(deck.key)) keys.push(deck.key);
  if (keys.length === 0) return null;
  return (
    <optgroup label={t('study_deckCourses')}>
      {keys.map((key) => (
        <option key={key} value={`course:${key}`}>
          {deckTitle({ kind: 'course', key }, courseName(key))}
        </option>
      ))}
    </optgroup>
  );
}

/** "termlight-glossary", "termlight-category", "termlight-week-3" for a course. */
function fileStem(deck: Deck, courseName: (key: string) => string): string {
  if (deck.kind !== 'course') return `termlight-${deckKey(deck).split(':')[0]}`;
  const name = courseName(deck.key)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  return `termlight-${name || deck.key}`;
}

function deckChoice(deck: Deck): string {
  if (deck.kind === 'category') return `category:${deck.category}`;
  if (deck.kind === 'course') return `course:${deck.key}`;
  return deck.kind;
}

function deckFromChoice(value: string, pageDeck: Deck): Deck {
  if (value === 'page' && pageDeck.kind === 'page') return pageDeck;
  if (value === 'saved') return { kind: 'saved' };
  if (value.startsWith('course:')) return { kind: 'course', key: value.slice('course:'.length) };
  const category = DECK_CATEGORIES.find((c) => value === `category:${c}`);
  return category ? { kind: 'category', category } : { kind: 'glossary' };
}

function CountsLine({ counts }: { counts: DeckCounts }) {
  return (
    <dl class="tl-counts" aria-label={t('study_today')}>
      <div>
        <dt>{t('study_due')}</dt>
        <dd data-count="due">{formatNumber(counts.due)}</dd>
      </div>
      <div>
        <dt>{t('study_newLeft')}</dt>
        <dd data-count="new">{formatNumber(counts.newLeft)}</dd>
      </div>
      <div>
        <dt>{t('study_studied')}</dt>
        <dd data-count="seen">
          {t('study_studiedOf', {
            seen: formatNumber(counts.seen),
            total: formatNumber(counts.total),
          })}
        </dd>
      </div>
    </dl>
  );
}

function DoneNote({ counts, deck }: { counts: DeckCounts; deck: Deck }) {
  if (counts.total === 0) {
    return (
      <p class="tl-notice">{deck.kind === 'saved' ? t('study_noSaved') : t('study_noCards')}</p>
    );
  }
  const next = counts.nextDue
    ? ` ${t('study_nextDue', {
        when: formatDateTime(counts.nextDue),
      })}`
    : '';
  const more =
    counts.seen < counts.total ? ` ${plural('study_waiting', counts.total - counts.seen)}` : '';
  return (
    <p class="tl-notice tl-done" role="status">
      {t('study_done')}
      {more}
      {next}
    </p>
  );
}

function NewPerDay({ value, onSave }: { value: number; onSave: (n: number) => Promise<boolean> }) {
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  return (
    <form
      class="tl-section tl-field tl-new-per-day"
      onSubmit={(e) => {
        e.preventDefault();
        void onSave(Number(text));
      }}
    >
      <label for="tl-new-per-day">{t('study_newPerDay')}</label>
      <div class="tl-inline">
        <input
          id="tl-new-per-day"
          type="number"
          inputMode="numeric"
          min={0}
          max={999}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" class="tl-button">
          {t('study_save')}
        </button>
      </div>
    </form>
  );
}
