import type { CardData } from '../../data/card';
import { CATEGORY_LABELS } from '../../data/categories';
import type { Fact } from '../../data/types';

export interface TermCardProps {
  data: CardData;
  /** Switches the card to a related term. */
  onSelectRelated?: (id: string) => void;
  /** Shown as "Back to X" when the reader came here from another term. */
  back?: { name: string; onBack: () => void } | undefined;
  /** Id prefix for aria references, unique per card on the page. */
  idPrefix?: string;
}

/** A glossary entry as readers see it, in the popover and in the toolbar popup's search. */
export function TermCard({ data, onSelectRelated, back, idPrefix = 'tl' }: TermCardProps) {
  const { entry, related, sources, disclaimer } = data;
  const brands = entry.forms.filter((f) => f.brand).map((f) => f.text);
  const se = entry.sideEffects;
  const titleId = `${idPrefix}-title`;
  return (
    <article class="tl-card" aria-labelledby={titleId} data-term={entry.id}>
      {back && (
        <button type="button" class="tl-back" onClick={back.onBack}>
          <span aria-hidden="true">←</span> Back to {back.name}
        </button>
      )}
      <header class="tl-head">
        <h2 id={titleId} class="tl-name">
          {entry.name}
        </h2>
        <span class="tl-category">{CATEGORY_LABELS[entry.category].one}</span>
      </header>
      {entry.pronunciation && (
        <p class="tl-say">
          Say it: <span class="tl-say-word">{entry.pronunciation}</span>
        </p>
      )}
      {entry.category === 'drug' && brands.length > 0 && (
        <p class="tl-names">
          <span class="tl-label">Brand name{brands.length > 1 ? 's' : ''}:</span>{' '}
          {brands.join(', ')}
        </p>
      )}
      {data.origin && (
        <p class="tl-origin">
          From your glossary '{data.origin.glossary}' — not reviewed by Termlight
        </p>
      )}
      <p class="tl-summary">{entry.summary}</p>
      <p class="tl-explanation">{entry.explanation}</p>

      {entry.drug && (
        <dl class="tl-facts">
          <dt>Kind of drug</dt>
          <dd>{entry.drug.drugClass.text}</dd>
          <dt>What it targets</dt>
          <dd>{entry.drug.target.text}</dd>
          <dt>How it is given</dt>
          <dd>{entry.drug.howGiven.text}</dd>
        </dl>
      )}

      {se && (
        <section class="tl-effects" aria-label="Side effects">
          <FactList title="Common side effects" facts={se.common} kind="common" />
          <FactList title="Serious side effects" facts={se.serious} kind="serious" />
          <FactList
            title="Call your care team right away if you notice"
            facts={se.callCareTeam}
            kind="call"
          />
          <FactList title="Good to know" facts={se.notes} kind="notes" />
        </section>
      )}

      {related.length > 0 && (
        <nav class="tl-related" aria-label="Related terms">
          <h3>Related terms</h3>
          <ul>
            {related.map((r) => (
              <li key={r.id}>
                <button type="button" onClick={() => onSelectRelated?.(r.id)} data-related={r.id}>
                  {r.name}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <footer class="tl-foot">
        <p class="tl-advice">{disclaimer}</p>
        {sources.map((s) => (
          <p class="tl-source" key={s.id}>
            Source:{' '}
            {/^https?:\/\//i.test(s.url) ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>
            ) : (
              s.title
            )}
            {s.publisher && `, ${s.publisher}`}. Last revised: {s.revised}.
          </p>
        ))}
      </footer>
    </article>
  );
}

function FactList({ title, facts, kind }: { title: string; facts: Fact[]; kind: string }) {
  if (!facts.length) return null;
  return (
    <div class={`tl-list tl-list-${kind}`}>
      <h3>{title}</h3>
      <ul>
        {facts.map((f, i) => (
          <li key={i}>{f.text}</li>
        ))}
      </ul>
    </div>
  );
}
