import { isHostDisabled, type Settings } from '../../lib/settings';
import { Switch } from './switch';

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
    <section class="tl-switches" aria-label="Turn Termlight on or off">
      <Switch checked={settings.enabled} onChange={onSetEnabled}>
        Highlight terms on all sites
      </Switch>
      {host && (
        <Switch
          checked={!isHostDisabled(settings, host)}
          disabled={offEverywhere}
          describedBy={offEverywhere ? 'tl-off-everywhere' : undefined}
          onChange={(on) => onSetSiteEnabled(host, on)}
        >
          Highlight terms on <span class="tl-host">{host}</span>
        </Switch>
      )}
      {offEverywhere && (
        <p id="tl-off-everywhere" class="tl-hint">
          Termlight is off on every site. Turn it on above to see terms highlighted again.
        </p>
      )}
    </section>
  );
}
