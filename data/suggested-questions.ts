/**
 * Suggested questions for the "Save to my questions" panel: general prompts a reader may pick to
 * bring to a visit. Written for Termlight in plain words; they ask, they never advise. The topics
 * (goals, side effects, daily life, who to call, other medicines) follow the kinds of questions the
 * American Cancer Society ("Questions to Ask About Childhood Leukemia", cancer.org, read
 * 2026-12-01) and the Leukemia & Lymphoma Society ("Treatment - Next Steps", lls.org, read
 * 2026-12-01) suggest patients bring; no sentence is taken from them.
 */
import type { Category } from './types';
import { t } from '../lib/i18n';

/** Shown above the prompts, so no one takes them for advice (a UI string, read when used). */
export const promptsLabel = (): string => t('questions_promptsLabel');

const FOR_EVERY_TERM = ['What does this mean for me?', 'Where can I read more about this?'];

const BY_CATEGORY: Record<Category, readonly string[]> = {
  disease: [
    'What type of ALL do I have?',
    'What tests will I need, and how often?',
    'Who will be on my care team?',
  ],
  treatment: [
    'What is the goal of this treatment for me?',
    'How long will it last?',
    'How will it change my days at home, school or work?',
  ],
  drug: [
    'Why is this drug a good choice for me?',
    'How will we know it is working?',
    'Which side effects should I call you about?',
    'Is it safe with my other medicines, vitamins or herbs?',
  ],
  gene: [
    'Do my test results show this change?',
    'How does this change affect my treatment choices?',
  ],
  body: [
    'What do my blood and marrow tests show about these cells?',
    'How does my treatment affect these cells?',
  ],
  'side-effect': [
    'Which signs of this should I call you about right away?',
    'What can I do at home to feel better?',
    'Who do I call at night or on the weekend?',
  ],
};

/** The prompts for a term of this category, its own first. */
export function suggestedQuestions(category: Category): string[] {
  return [...BY_CATEGORY[category], ...FOR_EVERY_TERM];
}

/** Every prompt once (for the tests and the My questions page). */
export function allPrompts(): string[] {
  return [...new Set([...Object.values(BY_CATEGORY).flat(), ...FOR_EVERY_TERM])];
}
