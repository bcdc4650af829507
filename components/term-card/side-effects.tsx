import type { SideEffects } from '../../data/types';
import { useCardLabels, type CardLabels } from './card-labels';
import type { Cite } from './citations';
import { FactList } from './fact-list';

/** How many common side effects the card shows before "More". */
export const GLANCE_SIDE_EFFECTS = 3;

/**
 * The list at a glance: the common side effects, or the "other" ones where the source names no
 * common ones (inotuzumab); the rest of that list waits under More.
 */
function glanceFromCommon(se: SideEffects): boolean {
  return se.common.length > 0;
}

/** "Common side effects", or "Common side effects of TKIs as a group" for a group's list. */
function commonTitle(se: SideEffects, labels: CardLabels): string {
  return se.commonOfGroup
    ? labels.t('card_commonSideEffectsOfGroup', { group: se.commonOfGroup })
    : labels.t('card_commonSideEffects');
}

/** The first few side effects, before "More", under the heading their list has. */
export function GlanceSideEffects({ se, cite }: { se: SideEffects; cite: Cite }) {
  const labels = useCardLabels();
  const fromCommon = glanceFromCommon(se);
  const list = fromCommon ? se.common : (se.otherPossible ?? []);
  return (
    <FactList
      title={fromCommon ? commonTitle(se, labels) : labels.t('card_possibleSideEffects')}
      facts={list.slice(0, GLANCE_SIDE_EFFECTS)}
      kind="common"
      cite={cite}
    />
  );
}

/** The signs to call the care team about, always at a glance. */
export function CallCareTeam({ se, cite }: { se: SideEffects; cite: Cite }) {
  const labels = useCardLabels();
  return (
    <FactList
      title={labels.t('card_callCareTeam')}
      facts={se.callCareTeam}
      kind="call"
      cite={cite}
    />
  );
}

/**
 * The side effects under "More": what the glance left out (all of them where the card opened at
 * the student level, which shows none at a glance), the serious ones and notes.
 */
export function MoreSideEffects(props: { se: SideEffects; cite: Cite; glanceShown: boolean }) {
  const { se, cite, glanceShown } = props;
  const labels = useCardLabels();
  const fromCommon = glanceFromCommon(se);
  const other = se.otherPossible ?? [];
  const rest = (list: SideEffects['common']) =>
    glanceShown ? list.slice(GLANCE_SIDE_EFFECTS) : list;
  return (
    <>
      <FactList
        title={glanceShown ? labels.t('card_moreCommonSideEffects') : commonTitle(se, labels)}
        facts={fromCommon ? rest(se.common) : se.common}
        kind="common"
        cite={cite}
      />
      <FactList
        title={
          fromCommon ? labels.t('card_otherSideEffects') : labels.t('card_morePossibleSideEffects')
        }
        facts={fromCommon ? other : rest(other)}
        kind="other"
        cite={cite}
      />
      <FactList
        title={labels.t('card_seriousSideEffects')}
        facts={se.serious}
        kind="serious"
        cite={cite}
      />
      <FactList title={labels.t('card_goodToKnow')} facts={se.notes} kind="notes" cite={cite} />
    </>
  );
}
