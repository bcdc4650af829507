import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { checkNewSite } from './choices';

export interface SiteListProps {
  hosts: readonly string[];
  /** Resolves true once saved. */
  onAdd: (host: string) => Promise<boolean>;
  onRemove: (host: string) => Promise<boolean>;
}

/** The sites where Termlight is off: a list with Remove buttons, and a box to add one. */
export function SiteList({ hosts, onAdd, onRemove }: SiteListProps) {
  const [input, setInput] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  /** After a removal, focus goes to the Remove button now at this place, or to the input. */
  const [focusAt, setFocusAt] = useState<number | null>(null);

  useEffect(() => {
    if (focusAt === null) return;
    const buttons = listRef.current?.querySelectorAll<HTMLElement>('button') ?? [];
    (buttons[Math.min(focusAt, buttons.length - 1)] ?? inputRef.current)?.focus();
    setFocusAt(null);
  }, [focusAt, hosts]);

  const add = async (e: Event) => {
    e.preventDefault();
    const check = checkNewSite(input, hosts);
    if (check.error !== undefined) {
      setProblem(check.error);
      inputRef.current?.focus();
      return;
    }
    setProblem(null);
    if (await onAdd(check.host)) setInput('');
  };

  return (
    <section class="tl-section" aria-labelledby="tl-sites-title">
      <h2 id="tl-sites-title">{t('options_sitesTitle')}</h2>
      <p class="tl-hint">{t('options_sitesHint')}</p>
      {hosts.length === 0 ? (
        <p class="tl-empty">{t('options_sitesEmpty')}</p>
      ) : (
        <ul class="tl-sites" ref={listRef} aria-labelledby="tl-sites-title">
          {hosts.map((host, i) => (
            <li key={host}>
              <span class="tl-host">{host}</span>
              <button
                type="button"
                class="tl-button"
                onClick={async () => {
                  if (await onRemove(host)) setFocusAt(i);
                }}
              >
                {t('options_siteRemove')}
                <span class="tl-sr-only"> {host}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="tl-add-site" onSubmit={add} noValidate>
        <label for="tl-add-site">{t('options_siteAddLabel')}</label>
        <div class="tl-inline">
          <input
            id="tl-add-site"
            ref={inputRef}
            type="text"
            inputMode="url"
            autocomplete="off"
            autocapitalize="off"
            spellcheck={false}
            value={input}
            aria-invalid={problem !== null}
            aria-describedby={problem ? 'tl-add-site-problem' : 'tl-add-site-hint'}
            onInput={(e) => {
              setInput(e.currentTarget.value);
              if (problem) setProblem(null);
            }}
          />
          <button type="submit" class="tl-button">
            {t('options_siteAdd')}
          </button>
        </div>
        {problem ? (
          <p id="tl-add-site-problem" class="tl-error" role="alert">
            {problem}
          </p>
        ) : (
          <p id="tl-add-site-hint" class="tl-hint">
            {t('options_siteAddHint')}
          </p>
        )}
      </form>
    </section>
  );
}
