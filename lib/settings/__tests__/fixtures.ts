import type { Settings } from '../schema';

/** A valid value with every field away from its default, so a fallback is visible. */
export const CUSTOM: Settings = {
  enabled: false,
  disabledHosts: ['example.com', 'news.example.org'],
  highlightStyle: 'background',
  firstMentionOnly: true,
  hoverDelayMs: 750,
  textSize: 150,
  theme: 'dark',
  firstCardLevel: 'student',
  categories: {
    disease: true,
    treatment: false,
    drug: true,
    gene: false,
    'side-effect': true,
    body: true,
  },
  recordPageAddress: false,
  singleKeyShortcuts: false,
  termsInTabOrder: true,
  questionsFor: 'child',
  interfaceLanguage: 'es',
  cardLanguage: 'es',
};
