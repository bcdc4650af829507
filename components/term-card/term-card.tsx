import type { ComponentChildren } from 'preact';
import type { CardData } from '../../data/card';
import { BackButton, CardHead } from './card-head';
import { cardLabels, CardLabelsProvider } from './card-labels';
import type { CardLang } from './card-in-language';
import { allSources, citer } from './citations';
import { MoreDetails } from './more-details';
import { OtherSpellingNote } from './other-spelling';
import { PartLevel } from './part-heading';
import { CallCareTeam, GlanceSideEffects } from './side-effects';
import { StudentGlance } from './student-level';

export { GLANCE_SIDE_EFFECTS } from './side-effects';

/** The short advice line in the card's footer; the full disclaimer is under "More". */
export const footerAdvice = (lang: CardLang = 'en'): string =>
  cardLabels(lang).t('card_footerAdvice');

/** Which level a card opens with: plain words, or "For students". */
export type CardLevel = 'patient' | 'student';

export interface TermCardProps {
  data: CardData;
  /** Switches the card to a related term. */
  onSelectRelated?: (id: string) => void;
  /** Shown as "Back to X" when the reader came here from another term. */
  back?: { name: string; onBack: () => void } | undefined;
  /** Id prefix for aria references, unique per card on the page. */
  idPrefix?: string;
  /** Buttons that act on this entry (e.g. saving it), shown in one row above "More". */
  actions?: ComponentChildren;
  /** Shown in the line under the name, e.g. the popover's "Pinned" badge. */
  badge?: ComponentChildren;
  /** The level shown at a glance; the other one is under "More". Default: plain words. */
  level?: CardLevel;
  /** The page text the card was opened from: a misspelling of the term gets its proper name. */
  seenAs?: string;
  /**
   * The level of the card's name heading: 2 on its own (the popover, search results), 3 where it
   * sits under a group heading of the page (the glossary's kinds, the popup's search). Its parts'
   * headings are one level below.
   */
  headingLevel?: 2 | 3;
  /**
   * The language of the card's text (issue #29), default English: its labels are in it too,
   * whatever the interface's language, and the card carries it as `lang`, so screen readers
   * switch voice. The student level and a drug's target stay English, and say so.
   */
  lang?: CardLang;
}

/**
 * A glossary entry as readers see it, in the popover and in the toolbar popup's search. The answer
 * comes first (name, one sentence, key side effects, warning signs); everything else is under
 * "More" (more-details.tsx).
 */
export function TermCard(props: TermCardProps) {
  const { data, idPrefix = 'tl', headingLevel = 2, lang = 'en' } = props;
  const { entry } = data;
  const student = entry.student;
  const studentFirst = props.level === 'student' && !!student;
  const labels = cardLabels(lang);
  const sources = allSources(data);
  const cite = citer(sources, labels);
  const se = entry.sideEffects;
  const titleId = `${idPrefix}-title`;
  return (
    <PartLevel.Provider value={headingLevel + 1}>
      <CardLabelsProvider value={labels}>
        {/* Keyed by entry: a new term starts with "More" closed. */}
        <article
          class="tl-card"
          aria-labelledby={titleId}
          data-term={entry.id}
          key={entry.id}
          lang={lang}
        >
          {props.back && <BackButton {...props.back} />}
          <CardHead
            entry={entry}
            titleId={titleId}
            headingLevel={headingLevel}
            badge={props.badge}
          />
          {props.seenAs && <OtherSpellingNote data={data} seenAs={props.seenAs} />}
          {data.origin && (
            <p class="tl-origin">{labels.t('card_origin', { glossary: data.origin.glossary })}</p>
          )}
          {studentFirst ? (
            <StudentGlance level={student} cite={cite} />
          ) : (
            <p class="tl-summary">
              {entry.summary}
              {cite(entry.source)}
            </p>
          )}
          {se && !studentFirst && <GlanceSideEffects se={se} cite={cite} />}
          {se && <CallCareTeam se={se} cite={cite} />}
          {/* Actions, "More" and the advice line share a row where they fit; an open "More" takes
          the full width, and the advice line then follows it at the card's end. */}
          <div class="tl-bar">
            {props.actions && <div class="tl-actions">{props.actions}</div>}
            <MoreDetails
              data={data}
              sources={sources}
              cite={cite}
              studentFirst={studentFirst}
              onSelectRelated={props.onSelectRelated}
            />
            <footer class="tl-foot">{labels.t('card_footerAdvice')}</footer>
          </div>
        </article>
      </CardLabelsProvider>
    </PartLevel.Provider>
  );
}
