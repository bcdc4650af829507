import { createContext, type ComponentChildren, type JSX } from 'preact';
import { useContext } from 'preact/hooks';
import type { CardData } from '../../data/card';
import { CATEGORY_LABELS } from '../../data/categories';
import type { DatedSource } from '../../data/index';
import type { Fact, SideEffects, SourceId, StudentLevel } from '../../data/types';
import { plural, t, uiLang as uiLangOf } from '../../lib/i18n';
import { NewTabLink } from '../shared/new-tab-link';
import { formatList } from '../../lib/i18n/intl';
import { OtherSpellingNote } from './other-spelling';
import { sourceDate } from './source-date';

/** How many common side effects the card shows before "More". */
export const GLANCE_SIDE_EFFECTS = 3;

/** The short advice line in the card's footer; the full disclaimer is under "More". */
export const footerAdvice = (): string => t('card_footerAdvice');

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
   * The language of the card's text when it is not the UI's (a Spanish card, issue #29): set on
   * the card, with the UI's own language on its labels, so screen readers switch voice. The
   * student level and a drug's target stay English, and say so.
   */
  lang?: 'en' | 'es';
}

/** The level of the headings inside the card (its parts), one below the name. */
const PartLevel = createContext(3);

/** The UI's language, set on the labels of a card whose text is in another language. */
const LabelLang = createContext<string | undefined>(undefined);

/** A heading for a part of the card, at the level below the card's name. */
function PartHeading(props: { class?: string; children: ComponentChildren }) {
  const H = `h${useContext(PartLevel)}` as 'h3';
  return (
    <H class={props.class} lang={useContext(LabelLang)}>
      {props.children}
    </H>
  );
}

/** The Spanish card's note on the student level, which is English for now (issue #29). */
const STUDENT_LEVEL_IN_ENGLISH_ES = 'La parte para estudiantes está en inglés por ahora.';

/**
 * A glossary entry as readers see it, in the popover and in the toolbar popup's search. The answer
 * comes first (name, one sentence, key side effects, warning signs); everything else is under
 * "More", a native disclosure, so it is one click or key away and works without our script.
 */
export function TermCard(props: TermCardProps) {
  const { data, onSelectRelated, back, idPrefix = 'tl', actions, badge, headingLevel = 2 } = props;
  const Name = `h${headingLevel}` as 'h2';
  const uiLang = uiLangOf();
  const labelLang = props.lang && props.lang !== uiLang.split('-')[0] ? uiLang : undefined;
  const spanish = props.lang === 'es';
  const { entry, related, disclaimer } = data;
  const student = entry.student;
  const studentFirst = props.level === 'student' && !!student;
  const sources = allSources(data);
  const brands = entry.forms.filter((f) => f.brand).map((f) => f.text);
  const se = entry.sideEffects;
  const titleId = `${idPrefix}-title`;
  const cite = citer(sources);
  // At a glance: the common side effects, or the "other" ones where the source names no common ones
  // (inotuzumab); the rest of that list waits under More.
  const glanceFromCommon = !!se?.common.length;
  const glanceList = (glanceFromCommon ? se?.common : se?.otherPossible) ?? [];
  const common = se?.common ?? [];
  const other = se?.otherPossible ?? [];
  const explanation = entry.explanationFacts ?? [{ text: entry.explanation, source: entry.source }];
  return (
    // Keyed by entry: a new term starts with "More" closed.
    <PartLevel.Provider value={headingLevel + 1}>
      <LabelLang.Provider value={labelLang}>
        <article
          class="tl-card"
          aria-labelledby={titleId}
          data-term={entry.id}
          key={entry.id}
          lang={props.lang}
        >
          {back && (
            <button type="button" class="tl-back" onClick={back.onBack}>
              <span aria-hidden="true">←</span> {t('card_back', { name: back.name })}
            </button>
          )}
          {/* Name, kind and brand share one line where they fit; they wrap on a narrow card. */}
          <div class="tl-meta">
            <Name id={titleId} class="tl-name">
              {entry.name}
            </Name>
            <span class="tl-category" lang={labelLang}>
              {CATEGORY_LABELS[entry.category].one}
            </span>
            {entry.category === 'drug' && brands.length > 0 && (
              <span class="tl-names">
                <span class="tl-label">{plural('card_brandNames', brands.length)}</span>{' '}
                {formatList(brands, 'unit')}
              </span>
            )}
            {badge}
          </div>
          {props.seenAs && <OtherSpellingNote data={data} seenAs={props.seenAs} />}
          {data.origin && (
            <p class="tl-origin">{t('card_origin', { glossary: data.origin.glossary })}</p>
          )}
          {studentFirst ? (
            <StudentGlance level={student} cite={cite} />
          ) : (
            <p class="tl-summary">
              {entry.summary}
              {cite(entry.source)}
            </p>
          )}

          {se && !studentFirst && (
            <FactList
              title={glanceTitle(se)}
              facts={glanceList.slice(0, GLANCE_SIDE_EFFECTS)}
              kind="common"
              cite={cite}
            />
          )}
          {se && (
            <FactList
              title={t('card_callCareTeam')}
              facts={se.callCareTeam}
              kind="call"
              cite={cite}
            />
          )}

          {/* Actions, "More" and the advice line share a row where they fit; an open "More" takes the
          full width, and the advice line then follows it at the card's end. */}
          <div class="tl-bar">
            {actions && <div class="tl-actions">{actions}</div>}
            <details class="tl-more">
              <summary lang={labelLang}>
                {/* The arrow is drawn by CSS and kept out of the control's name ("More about …"). */}
                <span class="tl-more-mark" aria-hidden="true" />
                {t('card_more')}{' '}
                <span class="tl-sr-only">{t('card_moreAbout', { name: entry.name })}</span>
              </summary>
              <div class="tl-more-body">
                {studentFirst && (
                  <PartHeading class="tl-level-head">{t('card_inPlainWords')}</PartHeading>
                )}
                {studentFirst && (
                  <p class="tl-summary">
                    {entry.summary}
                    {cite(entry.source)}
                  </p>
                )}
                {/* An English respelling means nothing read in Spanish. */}
                {entry.pronunciation && !spanish && (
                  <p class="tl-say">
                    {t('card_sayIt')} <span class="tl-say-word">{entry.pronunciation}</span>
                    {entry.pronunciationSource && cite(entry.pronunciationSource)}
                  </p>
                )}
                <p class="tl-explanation">
                  {explanation.map((f, i) => (
                    <span key={i}>
                      {i > 0 && ' '}
                      {f.text}
                      {cite(f.source)}
                    </span>
                  ))}
                </p>
                {entry.drug && (
                  <dl class="tl-facts">
                    <dt lang={labelLang}>{t('card_drugKind')}</dt>
                    <dd>
                      {entry.drug.drugClass.text}
                      {cite(entry.drug.drugClass.source)}
                    </dd>
                    {/* The Spanish level has no target yet: an English line would break the card's voice. */}
                    {!spanish && <dt>{t('card_drugTarget')}</dt>}
                    {!spanish && (
                      <dd>
                        {entry.drug.target.text}
                        {cite(entry.drug.target.source)}
                      </dd>
                    )}
                    <dt lang={labelLang}>{t('card_drugGiven')}</dt>
                    <dd>
                      {entry.drug.howGiven.text}
                      {cite(entry.drug.howGiven.source)}
                    </dd>
                  </dl>
                )}
                {se && (
                  <>
                    <FactList
                      title={studentFirst ? commonTitle(se) : t('card_moreCommonSideEffects')}
                      facts={
                        studentFirst || !glanceFromCommon
                          ? common
                          : common.slice(GLANCE_SIDE_EFFECTS)
                      }
                      kind="common"
                      cite={cite}
                    />
                    <FactList
                      title={
                        glanceFromCommon
                          ? t('card_otherSideEffects')
                          : t('card_morePossibleSideEffects')
                      }
                      facts={
                        studentFirst || glanceFromCommon ? other : other.slice(GLANCE_SIDE_EFFECTS)
                      }
                      kind="other"
                      cite={cite}
                    />
                    <FactList
                      title={t('card_seriousSideEffects')}
                      facts={se.serious}
                      kind="serious"
                      cite={cite}
                    />
                    <FactList
                      title={t('card_goodToKnow')}
                      facts={se.notes}
                      kind="notes"
                      cite={cite}
                    />
                  </>
                )}
                {/* In plain words, the technical part waits behind its own toggle: "More" is for the
                reader's questions, not trial statistics (issue #27). */}
                {student && !studentFirst && (
                  <details class="tl-student" data-level="student">
                    <summary lang={labelLang}>
                      <span class="tl-more-mark" aria-hidden="true" />
                      {t('card_forStudents')}
                    </summary>
                    {spanish && <p class="tl-lang-note">{STUDENT_LEVEL_IN_ENGLISH_ES}</p>}
                    <div lang={spanish ? 'en' : undefined}>
                      <StudentGlance level={student} cite={cite} />
                      <StudentMore level={student} cite={cite} />
                    </div>
                  </details>
                )}
                {studentFirst && <StudentMore level={student} cite={cite} />}
                {related.length > 0 && (
                  <nav class="tl-related" aria-label={t('card_related')}>
                    <PartHeading>{t('card_related')}</PartHeading>
                    <ul>
                      {related.map((r) => (
                        <li key={r.id}>
                          <button
                            type="button"
                            onClick={() => onSelectRelated?.(r.id)}
                            data-related={r.id}
                          >
                            {r.name}
                          </button>
                        </li>
                      ))}
                    </ul>
                  </nav>
                )}
                <SourceList sources={sources} />
                <p class="tl-advice">{disclaimer}</p>
              </div>
            </details>
            <footer class="tl-foot" lang={labelLang}>
              {footerAdvice()}
            </footer>
          </div>
        </article>
      </LabelLang.Provider>
    </PartLevel.Provider>
  );
}

/** The student level's sentence and what sets the term apart. */
function StudentGlance({ level, cite }: { level: StudentLevel; cite: Cite }) {
  return (
    <>
      <p class="tl-summary tl-student-summary">
        {level.summary.text}
        {cite(level.summary.source)}
      </p>
      <FactList title={t('card_setsApart')} facts={level.facts} kind="student" cite={cite} />
    </>
  );
}

function StudentMore({ level, cite }: { level: StudentLevel; cite: Cite }) {
  return (
    <>
      <FactList
        title={t('card_properTerms')}
        facts={level.properTerms ?? []}
        kind="terms"
        cite={cite}
      />
      <FactList
        title={t('card_monitored')}
        facts={level.monitoring ?? []}
        kind="monitoring"
        cite={cite}
      />
    </>
  );
}

/**
 * The heading of the side effects at a glance: the drug's common ones, a drug group's common ones
 * where the source gives them for the group only (the TKIs), or the possible ones where the source
 * names no common ones.
 */
function glanceTitle(se: SideEffects): string {
  return se.common.length ? commonTitle(se) : t('card_possibleSideEffects');
}

/** "Common side effects", or "Common side effects of TKIs as a group" for a group's list. */
function commonTitle(se: SideEffects): string {
  return se.commonOfGroup
    ? t('card_commonSideEffectsOfGroup', { group: se.commonOfGroup })
    : t('card_commonSideEffects');
}

/** The card's sources, then the student level's that are not already there. */
function allSources(data: CardData): DatedSource[] {
  const seen = new Set(data.sources.map((s) => s.id));
  return [...data.sources, ...(data.studentSources ?? []).filter((s) => !seen.has(s.id))];
}

type Cite = (source: SourceId) => JSX.Element | null;

/**
 * A small source number after each fact that is not from the card's main source (the first in
 * the numbered list under "More"); unnumbered facts are from the main source, as the list says.
 * Numbering every fact would put the same "1" after nearly every line.
 */
function citer(sources: DatedSource[]): Cite {
  return (source) => {
    const n = sources.findIndex((s) => s.id === source) + 1;
    if (n < 2) return null;
    return (
      <span class="tl-cite" data-source={source}>
        {' '}
        <span class="tl-sr-only">{t('card_sourceOpen')} </span>
        {n}
        <span class="tl-sr-only">{t('card_sourceClose')}</span>
      </span>
    );
  };
}

function SourceList({ sources }: { sources: DatedSource[] }) {
  const one = sources.length === 1;
  return (
    <section class="tl-sources" aria-label={t('card_sources')}>
      <PartHeading>{one ? t('card_oneSource') : t('card_sources')}</PartHeading>
      <ol class={one ? 'tl-sources-one' : undefined}>
        {sources.map((s, i) => (
          <li key={s.id} data-source={s.id}>
            {/^https?:\/\//i.test(s.url) ? (
              <NewTabLink href={s.url}>{s.title}</NewTabLink>
            ) : (
              s.title
            )}
            {s.publisher && `, ${s.publisher}`}.{' '}
            {t('card_sourceRevised', { date: sourceDate(s.lastRevised) })}
            {!one && i === 0 && ` ${t('card_sourceUnnumbered')}`}
          </li>
        ))}
      </ol>
    </section>
  );
}

function FactList(props: { title: string; facts: Fact[]; kind: string; cite: Cite }) {
  const { title, facts, kind, cite } = props;
  if (!facts.length) return null;
  // Short warning signs sit in two columns where the card is wide enough (never at 320 px).
  const short = facts.length >= 3 && facts.every((f) => f.text.length <= 32);
  return (
    <div class={`tl-list tl-list-${kind}`}>
      <PartHeading>{title}</PartHeading>
      <ul class={short ? 'tl-cols' : undefined}>
        {facts.map((f, i) => (
          <li key={i}>
            {f.text}
            {cite(f.source)}
          </li>
        ))}
      </ul>
    </div>
  );
}
