import { isHostDisabled, type Settings } from '../../lib/settings';
import { Switch } from '../shared/switch';
import { t, tPieces } from '../../lib/i18n';

export interface SiteSwitchesProps {
  settings: Settings;
  /** The page's host name; null when Termlight cannot read the page or it has no host (files). */
  host: string | null;
  onSetEnabled: (on: boolean) => void;
  onSetSiteEnabled: (host: string, on: boolean) => void;
}

/** Termlight on or off everywhere, and on or off for the site of the open page. */
export function SiteSwitches({
  settings,
  host,
  onSetEnabled,
  onSetSiteEnabled,
}: SiteSwitchesProps) {
  const offEverywhere = !settings.enabled;
  return (
    <section class="tl-switches" aria-label={t('popup_switches')}>
      <Switch checked={settings.enabled} onChange={onSetEnabled}>
        {t('popup_highlightAll')}
      </Switch>
      {host && (
        <Switch
          checked={!isHostDisabled(settings, host)}
          disabled={offEverywhere}
          describedBy={offEverywhere ? 'tl-off-everywhere' : undefined}
          onChange={(on) => onSetSiteEnabled(host, on)}
        >
          {withHost(host)}
        </Switch>
      )}
      {offEverywhere && (
        <p id="tl-off-everywhere" class="tl-hint">
          {t('popup_offEverywhereHint')}
        </p>
      )}
    </section>
  );
}

/** "Highlight terms on <host>", the host in its own span (it may break anywhere on a narrow popup). */
function withHost(host: string) {
  return <>{tPieces('popup_highlightSite', { host: <span class="tl-host">{host}</span> })}</>;
}
