import { CATEGORIES, type Settings, type SettingsPatch } from '../../lib/settings';
import { Switch } from '../popup/switch';
import { Checkbox } from './checkbox';
import { GlossarySection } from './glossaries/glossary-section';
import {
  CARD_LEVEL_CHOICES,
  categoryChoice,
  STYLE_CHOICES,
  TEXT_SIZE_CHOICES,
  THEME_CHOICES,
} from './choices';
import { HighlightPreview } from './highlight-preview';
import { HoverDelayField } from './hover-delay-field';
import { RadioGroup } from './radio-group';
import { ResetSection } from './reset-section';
import { SaveStatus, useSaveStatus } from './save-status';
import { SiteList } from './site-list';
import { useSettings } from './use-settings';
import { useDocumentTheme } from './use-theme';

/** The options page: every setting, saved as soon as it changes. */
export function OptionsApp() {
  const { settings, error, save, setHost, reset } = useSettings();
  const status = useSaveStatus();
  useDocumentTheme(settings?.theme ?? 'system');

  const change = async (patch: SettingsPatch, done = 'Saved') => {
    if (await save(patch)) status.show(done);
  };

  return (
    <main class="tl-page tl-options">
      <h1>Termlight settings</h1>
      <p class="tl-lead">
        Choose how Termlight marks leukemia treatment terms and explains them. Changes are saved at
        once and show on open pages right away.
      </p>
      <p>
        <a href="/glossary.html">See every term in the glossary</a>, with its explanation and a
        search.
      </p>
      {error && (
        <p class="tl-error" role="alert">
          {error}
        </p>
      )}
      {settings ? (
        <>
          <OnOff settings={settings} onChange={(enabled) => void change({ enabled })} />
          <form class="tl-settings" onSubmit={(e) => e.preventDefault()}>
            <section class="tl-section" aria-labelledby="tl-look-title">
              <h2 id="tl-look-title">How terms look on a page</h2>
              <RadioGroup
                legend="Highlight style"
                name="tl-style"
                choices={STYLE_CHOICES}
                value={settings.highlightStyle}
                onChange={(highlightStyle) => void change({ highlightStyle })}
              />
              <Checkbox
                id="tl-first-mention"
                label="Highlight only the first mention of each term"
                hint="Later mentions on the same page stay plain text."
                checked={settings.firstMentionOnly}
                onChange={(firstMentionOnly) => void change({ firstMentionOnly })}
              />
              <HighlightPreview settings={settings} />
            </section>

            <section class="tl-section" aria-labelledby="tl-explain-title">
              <h2 id="tl-explain-title">Explanations</h2>
              <RadioGroup
                legend="Explanations open at"
                name="tl-card-level"
                choices={CARD_LEVEL_CHOICES}
                value={settings.firstCardLevel}
                onChange={(firstCardLevel) => void change({ firstCardLevel })}
              />
              <RadioGroup
                legend="Text size"
                name="tl-text-size"
                choices={TEXT_SIZE_CHOICES}
                value={settings.textSize}
                onChange={(textSize) => void change({ textSize })}
              />
              <HoverDelayField
                value={settings.hoverDelayMs}
                onSave={(hoverDelayMs) => void change({ hoverDelayMs })}
              />
              <RadioGroup
                legend="Colours"
                name="tl-theme"
                hint="For explanations, the toolbar button's window and this page."
                choices={THEME_CHOICES}
                value={settings.theme}
                onChange={(theme) => void change({ theme })}
              />
            </section>

            <section class="tl-section" aria-labelledby="tl-kinds-title">
              <h2 id="tl-kinds-title">Kinds of terms to highlight</h2>
              <fieldset class="tl-fieldset">
                <legend class="tl-sr-only">Kinds of terms to highlight</legend>
                {CATEGORIES.map((category) => {
                  const { label, hint } = categoryChoice(category);
                  return (
                    <Checkbox
                      key={category}
                      id={`tl-category-${category}`}
                      label={label}
                      hint={hint}
                      checked={settings.categories[category]}
                      onChange={(on) => void change({ categories: { [category]: on } })}
                    />
                  );
                })}
              </fieldset>
              {CATEGORIES.every((c) => !settings.categories[c]) && (
                <p class="tl-notice">With every kind turned off, nothing is highlighted.</p>
              )}
            </section>
            <section class="tl-section" aria-labelledby="tl-questions-title">
              <h2 id="tl-questions-title">My questions</h2>
              <Checkbox
                id="tl-record-address"
                label="Record the page address when I save a term"
                hint="The page title, the date and the sentence around the term are kept either way. Your list stays on this device."
                checked={settings.recordPageAddress}
                onChange={(recordPageAddress) => void change({ recordPageAddress })}
              />
            </section>
          </form>

          <SiteList
            hosts={settings.disabledHosts}
            onAdd={async (host) =>
              done(await setHost(host, false), `Termlight is now off on ${host}.`)
            }
            onRemove={async (host) =>
              done(await setHost(host, true), `Termlight is back on for ${host}.`)
            }
          />
          <GlossarySection onDone={status.show} />
          <ResetSection
            onReset={async () => done(await reset(), 'All settings are back to their defaults.')}
          />
        </>
      ) : (
        !error && <p class="tl-hint">Loading your settings…</p>
      )}
      <SaveStatus text={status.text} />
    </main>
  );

  function done(ok: boolean, text: string): boolean {
    if (ok) status.show(text);
    return ok;
  }
}

function OnOff({ settings, onChange }: { settings: Settings; onChange: (on: boolean) => void }) {
  return (
    <section class="tl-section tl-onoff" aria-label="Termlight on or off">
      <Switch checked={settings.enabled} onChange={onChange}>
        Highlight terms on all sites
      </Switch>
      {!settings.enabled && (
        <p class="tl-notice">
          Termlight is off on every site. The settings below apply when you turn it back on.
        </p>
      )}
    </section>
  );
}
