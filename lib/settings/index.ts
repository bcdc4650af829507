/** Termlight's settings, shared by the content script, popup and options page through storage.sync. */
export {
  CATEGORIES,
  DEFAULT_SETTINGS,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  MAX_DISABLED_HOSTS,
  type CardLanguage,
  type CardLevel,
  type HighlightStyle,
  type QuestionVoice,
  type InterfaceLanguage,
  type Settings,
  type TextSize,
  type Theme,
} from './schema';
export { isActiveOn, isHostDisabled, normalizeHost } from './hosts';
export { applyPatch, type SettingsPatch } from './patch';
export {
  SETTINGS_KEY,
  loadSettings,
  resetSettings,
  saveSettings,
  setHostEnabled,
  watchSettings,
} from './store';
