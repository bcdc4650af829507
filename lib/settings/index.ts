/** Termlight's settings, shared by the content script, popup and options page through storage.sync. */
export {
  CARD_LEVELS,
  CATEGORIES,
  DEFAULT_SETTINGS,
  HIGHLIGHT_STYLES,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  MAX_DISABLED_HOSTS,
  TEXT_SIZES,
  THEMES,
  parseSettings,
  type CardLevel,
  type HighlightStyle,
  type ParseResult,
  type Settings,
  type TextSize,
  type Theme,
} from './schema';
export { isActiveOn, isHostDisabled, normalizeHost } from './hosts';
export { SETTINGS_VERSION } from './migrate';
export { applyPatch, type SettingsPatch } from './patch';
export {
  SETTINGS_KEY,
  SettingsError,
  decodeSettings,
  loadSettings,
  resetSettings,
  saveSettings,
  setHostEnabled,
  watchSettings,
} from './store';
