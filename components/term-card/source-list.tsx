import type { DatedSource } from '../../data/index';
import { NewTabLink } from '../shared/new-tab-link';
import { useCardLabels } from './card-labels';
import { PartHeading } from './part-heading';

/** The numbered sources under "More": title (a link where it has an address), publisher, date. */
export function SourceList({ sources }: { sources: DatedSource[] }) {
  const labels = useCardLabels();
  const one = sources.length === 1;
  const heading = one ? labels.t('card_oneSource') : labels.t('card_sources');
  return (
    <section class="tl-sources" aria-label={labels.t('card_sources')}>
      <PartHeading>{heading}</PartHeading>
      <ol class={one ? 'tl-sources-one' : undefined}>
        {sources.map((s, i) => {
          const date = s.lastRevised ? labels.day(s.lastRevised) : labels.t('card_dateNotGiven');
          return (
            <li key={s.id} data-source={s.id}>
              {/^https?:\/\//i.test(s.url) ? (
                <NewTabLink href={s.url} opensNewTab={labels.t('card_opensNewTab')}>
                  {s.title}
                </NewTabLink>
              ) : (
                s.title
              )}
              {s.publisher && `, ${s.publisher}`}. {labels.t('card_sourceRevised', { date })}
              {!one && i === 0 && ` ${labels.t('card_sourceUnnumbered')}`}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
