import { t } from '../../lib/i18n';
import { useEffect } from 'preact/hooks';
import {
  CATEGORIES,
  type InterfaceLanguage,
  type Settings,
  type SettingsPatch,
} from '../../lib/settings';
import { Switch } from '../shared/switch';
import { Checkbox } from './checkbox';
import { GlossarySection } from './glossaries/glossary-section';
import {
  CARD_LANGUAGE_CHOICES,
  CARD_LEVEL_CHOICES,
  categoryChoice,
  LANGUAGE_CHOICES,
  STYLE_CHOICES,
  TEXT_SIZE_CHOICES,
  THEME_CHOICES,
  VOICE_CHOICES,
} from './choices';
import { HighlightPreview } from './highlight-preview';
import { HoverDelayField } from './hover-delay-field';
import { RadioGroup } from './radio-group';
import { ResetSection } from './reset-section';
import { SaveStatus, useSaveStatus } from './save-status';
import { SiteList } from './site-list';
import { useSettings } from '../shared/use-settings';
import { useDocumentTheme } from '../shared/use-theme';

/** The options page: every setting, saved as soon as it changes. */
export function OptionsApp() {
  const { settings, error, save, setHost, reset } = useSettings();
  const status = useSaveStatus();
  useDocumentTheme(settings?.theme ?? 'system');

  const change = async (patch: SettingsPatch, done = t('options_saved')) => {
    if (await save(patch)) status.show(done);
  };

  // Every message on the page was read in the old language, some when their modules loaded: the
  // page reloads, and puts the focus back on the choice (useLanguageFocus).
  const changeLanguage = async (interfaceLanguage: InterfaceLanguage) => {
    if (!(await save({ interfaceLanguage }))) return;
    history.replaceState(null, '', `#${LANGUAGE_FOCUS}`);
    location.reload();
  };
  useLanguageFocus(settings !== null);

  return (
    <main class="tl-page tl-options">
      <h1>{t('options_title')}</h1>
      <p class="tl-lead">{t('options_lead')}</p>
      <p>
        <a href="/glossary.html">{t('options_glossaryLink')}</a>
        {t('options_glossaryLinkAfter')}
      </p>
      <p>
        <a href="/privacy.txt">{t('options_privacyLink')}</a>
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
            <section class="tl-section" aria-labelledby="tl-language-title">
              <h2 id="tl-language-title">{t('options_languageTitle')}</h2>
              <RadioGroup
                legend={t('options_languageLegend')}
                name="tl-language"
                hint={t('options_languageHint')}
                choices={LANGUAGE_CHOICES}
                value={settings.interfaceLanguage}
                onChange={(interfaceLanguage) => void changeLanguage(interfaceLanguage)}
              />
            </section>

            <section class="tl-section" aria-labelledby="tl-look-title">
              <h2 id="tl-look-title">{t('options_lookTitle')}</h2>
              <RadioGroup
                legend={t('options_styleLegend')}
                name="tl-style"
                choices={STYLE_CHOICES}
                value={settings.highlightStyle}
                onChange={(highlightStyle) => void change({ highlightStyle })}
              />
              <Checkbox
                id="tl-first-mention"
                label={t('options_firstMention')}
                hint={t('options_firstMentionHint')}
                checked={settings.firstMentionOnly}
                onChange={(firstMentionOnly) => void change({ firstMentionOnly })}
              />
              <HighlightPreview settings={settings} />
            </section>

            <section class="tl-section" aria-labelledby="tl-explain-title">
              <h2 id="tl-explain-title">{t('options_explainTitle')}</h2>
              <RadioGroup
                legend={t('options_levelLegend')}
                name="tl-card-level"
                choices={CARD_LEVEL_CHOICES}
                value={settings.firstCardLevel}
                onChange={(firstCardLevel) => void change({ firstCardLevel })}
              />
              <RadioGroup
                legend={t('options_cardLanguageLegend')}
                name="tl-card-language"
                choices={CARD_LANGUAGE_CHOICES}
                value={settings.cardLanguage}
                onChange={(cardLanguage) => void change({ cardLanguage })}
              />
              <RadioGroup
                legend={t('options_sizeLegend')}
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
                legend={t('options_themeLegend')}
                name="tl-theme"
                hint={t('options_themeHint')}
                choices={THEME_CHOICES}
                value={settings.theme}
                onChange={(theme) => void change({ theme })}
              />
            </section>

            <section class="tl-section" aria-labelledby="tl-kinds-title">
              <h2 id="tl-kinds-title">{t('options_kindsTitle')}</h2>
              <fieldset class="tl-fieldset">
                <legend class="tl-sr-only">{t('options_kindsTitle')}</legend>
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
                <p class="tl-notice">{t('options_kindsNoneOn')}</p>
              )}
            </section>
            <section class="tl-section" aria-labelledby="tl-questions-title">
              <h2 id="tl-questions-title">{t('options_questionsTitle')}</h2>
              <Checkbox
                id="tl-record-address"
                label={t('options_recordAddress')}
                hint={t('options_recordAddressHint')}
                checked={settings.recordPageAddress}
                onChange={(recordPageAddress) => void change({ recordPageAddress })}
              />
              <RadioGroup
                legend={t('options_voiceLegend')}
                name="tl-questions-for"
                hint={t('options_voiceHint')}
                choices={VOICE_CHOICES}
                value={settings.questionsFor}
                onChange={(questionsFor) => void change({ questionsFor })}
              />
            </section>
            <section class="tl-section" aria-labelledby="tl-keyboard-title">
              <h2 id="tl-keyboard-title">{t('options_keyboardTitle')}</h2>
              <Checkbox
                id="tl-tab-order"
                label={t('options_termsInTabOrder')}
                hint={t('options_termsInTabOrderHint')}
                checked={settings.termsInTabOrder}
                onChange={(termsInTabOrder) => void change({ termsInTabOrder })}
              />
              <Checkbox
                id="tl-single-keys"
                label={t('options_singleKeys')}
                hint={t('options_singleKeysHint')}
                checked={settings.singleKeyShortcuts}
                onChange={(singleKeyShortcuts) => void change({ singleKeyShortcuts })}
              />
            </section>
          </form>

          <SiteList
            hosts={settings.disabledHosts}
            onAdd={async (host) => done(await setHost(host, false), t('options_siteOff', { host }))}
            onRemove={async (host) =>
              done(await setHost(host, true), t('options_siteOn', { host }))
            }
          />
          <GlossarySection onDone={status.show} />
          <ResetSection onReset={async () => done(await reset(), t('options_resetDone'))} />
        </>
      ) : (
        !error && <p class="tl-hint">{t('options_loading')}</p>
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
    <section class="tl-section tl-onoff" aria-label={t('options_onOffLabel')}>
      <Switch checked={settings.enabled} onChange={onChange}>
        {t('options_onEverywhere')}
      </Switch>
      {!settings.enabled && <p class="tl-notice">{t('options_offEverywhere')}</p>}
    </section>
  );
}

const LANGUAGE_FOCUS = 'language';

/** After a change of language reloads the page, the focus goes back to the chosen language. */
function useLanguageFocus(ready: boolean) {
  useEffect(() => {
    if (!ready || location.hash !== `#${LANGUAGE_FOCUS}`) return;
    history.replaceState(null, '', location.pathname + location.search);
    document.querySelector<HTMLInputElement>('input[name="tl-language"]:checked')?.focus();
  }, [ready]);
}
