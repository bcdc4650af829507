import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  applyPatch,
  loadSettings,
  normalizeHost,
  resetSettings,
  saveSettings,
  setHostEnabled,
  watchSettings,
  type Settings,
  type SettingsPatch,
} from '../../lib/settings';
import { errorMessage } from '../../lib/error-message';

export interface SettingsHandle {
  /** Null until the saved settings are read. */
  settings: Settings | null;
  /** A plain sentence about the last failed read or save, or null. */
  error: string | null;
  /** Goes up by one after each successful save, so the page can say "Saved". */
  saves: number;
  save(patch: SettingsPatch): Promise<boolean>;
  setHost(host: string, on: boolean): Promise<boolean>;
  reset(): Promise<boolean>;
}

/**
 * The saved settings, kept current with changes from any other page or device. Changes show at
 * once (before storage answers) and are put back if saving fails.
 */
export function useSettings(): SettingsHandle {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saves, setSaves] = useState(0);
  const latest = useRef<Settings | null>(null);
  latest.current = settings;

  useEffect(() => {
    let live = true;
    const unwatch = watchSettings((next) => {
      if (live) setSettings(next);
    });
    loadSettings().then(
      (loaded) => {
        // A change seen by the watcher meanwhile is newer than this read.
        if (live) setSettings((seen) => seen ?? loaded);
      },
      (err: unknown) => {
        if (live) setError(errorMessage(err));
      },
    );
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const commit = useCallback(
    async (task: () => Promise<Settings>, optimistic?: SettingsPatch): Promise<boolean> => {
      const before = latest.current;
      if (before && optimistic) setSettings(applyPatch(before, optimistic).settings);
      try {
        setSettings(await task());
        setError(null);
        setSaves((n) => n + 1);
        return true;
      } catch (err) {
        setError(errorMessage(err));
        setSettings(await loadSettings().catch(() => before));
        return false;
      }
    },
    [],
  );

  const save = useCallback(
    (patch: SettingsPatch) => commit(() => saveSettings(patch), patch),
    [commit],
  );
  const setHost = useCallback(
    (host: string, on: boolean) => {
      const normalized = normalizeHost(host);
      const current = latest.current;
      const others = current?.disabledHosts.filter((h) => h !== normalized) ?? [];
      const optimistic =
        current && normalized
          ? { disabledHosts: on ? others : [...others, normalized] }
          : undefined;
      return commit(() => setHostEnabled(host, on), optimistic);
    },
    [commit],
  );
  const reset = useCallback(() => commit(() => resetSettings()), [commit]);

  return { settings, error, saves, save, setHost, reset };
}
