import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isActiveOn, watchSettings } from '../../lib/settings';
import { deckQuery } from '../../lib/study/decks';
import { useDocumentTheme } from '../shared/use-theme';
import { useSettings } from '../shared/use-settings';
import { glossaryQuery } from '../shared/glossary-address';
import { GlossaryLookup } from './glossary-lookup';
import { findTargetTab, tabChannel, type PageChannel } from './page-channel';
import { QuestionsLink } from './questions-link';
import { SiteSwitches } from './site-switches';
import { StudyLinks } from './study-links';
import { TermList } from './term-list';
import { usePageInfo, type PageTiming } from './use-page-info';
import { t } from '../../lib/i18n';

export interface PopupAppProps {
  /** The tab to report on instead of the active one (see parseTabOverride). */
  tabOverride?: number | null;
  /** Closes the popup after "Show"; replaceable in tests. */
  closePopup?: () => void;
  /** How often to look at the page after a change; tests shorten it. */
  timing?: PageTiming;
}

/** The toolbar popup: a glossary search first, then switches and the terms on this page. */
export function PopupApp({
  tabOverride = null,
  closePopup = () => window.close(),
  timing,
}: PopupAppProps) {
  const { settings, error, save, setHost } = useSettings();
  const [channel, setChannel] = useState<PageChannel | null>(null);
  const { state, follow } = usePageInfo(channel, timing);
  const host = state.kind === 'ready' && state.info.host !== '' ? state.info.host : null;
  useDocumentTheme(settings?.theme ?? 'system');

  useEffect(() => {
    let live = true;
    void findTargetTab(tabOverride).then((id) => {
      if (live) setChannel(tabChannel(id));
    });
    return () => {
      live = false;
    };
  }, [tabOverride]);

  // After any settings change (here, in the options page, or synced), look at the page again
  // until it has caught up, so the list and counts match what the page now shows.
  const hostRef = useRef<string | null>(null);
  hostRef.current = state.kind === 'ready' ? state.info.host : null;
  useEffect(
    () =>
      watchSettings((next) => {
        const pageHost = hostRef.current;
        follow(pageHost === null ? undefined : isActiveOn(next, pageHost));
      }),
    [follow],
  );

  return (
    <main class="tl-page tl-popup">
      <header class="tl-popup-head">
        <h1>Termlight</h1>
        <QuestionsLink />
        <button
          type="button"
          class="tl-button tl-quiet"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('popup_settings')}
        </button>
      </header>
      <GlossaryLookup
        level={settings?.firstCardLevel ?? 'patient'}
        onOpenGlossary={(query) => {
          const url = browser.runtime.getURL(`/glossary.html${glossaryQuery(query)}`);
          void browser.tabs.create({ url }).finally(closePopup);
        }}
      />
      {error && (
        <p class="tl-error" role="alert">
          {error}
        </p>
      )}
      {settings ? (
        <>
          <SiteSwitches
            settings={settings}
            host={host}
            onSetEnabled={(enabled) => void save({ enabled })}
            onSetSiteEnabled={(h, on) => void setHost(h, on)}
          />
          <TermList
            state={state}
            settings={settings}
            onReveal={async (id) => {
              const shown = (await channel?.reveal(id)) ?? false;
              if (shown) closePopup();
              return shown;
            }}
          />
        </>
      ) : (
        !error && <p class="tl-hint">{t('popup_loading')}</p>
      )}
      <StudyLinks
        pageTermIds={
          state.kind === 'ready' && state.info.active ? state.info.terms.map((t) => t.id) : null
        }
        onStudy={(deck) => {
          const url = browser.runtime.getURL(`/study.html${deckQuery(deck)}`);
          void browser.tabs.create({ url }).finally(closePopup);
        }}
      />
    </main>
  );
}
