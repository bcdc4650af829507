/**
 * Suggested questions for the "Save to my questions" panel: general prompts a reader may pick to
 * bring to a visit. Written for Termlight in plain words; they ask, they never advise. The topics
 * (goals, side effects, daily life, who to call, other medicines) follow the kinds of questions the
 * American Cancer Society ("Questions to Ask About Childhood Leukemia", cancer.org, read
 * 2026-12-01 and again 2026-12-07) and the Leukemia & Lymphoma Society ("Treatment - Next Steps",
 * lls.org, read 2026-12-01) suggest patients bring; no sentence is taken from them.
 *
 * Each is worded for whom the reader asks (the questionsFor setting): themselves, their child (the
 * ACS page is written for parents: "my child", "we", "our daily lives"), or someone else they care
 * for ("they").
 */
import type { Category } from './types';
import type { QuestionVoice } from '../lib/settings/schema';
import { t } from '../lib/i18n';

/** Shown above the prompts, so no one takes them for advice (a UI string, read when used). */
export const promptsLabel = (): string => t('questions_promptsLabel');

interface Prompts {
  byCategory: Record<Category, readonly string[]>;
  forEveryTerm: readonly string[];
}

const FOR_ME: Prompts = {
  byCategory: {
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
  },
  forEveryTerm: ['What does this mean for me?', 'Where can I read more about this?'],
};

const FOR_MY_CHILD: Prompts = {
  byCategory: {
    disease: [
      'What type of ALL does my child have?',
      'What tests will my child need, and how often?',
      'Who will be on my child’s care team?',
    ],
    treatment: [
      'What is the goal of this treatment for my child?',
      'How long will it last?',
      'How will it change our days at home and at school?',
    ],
    drug: [
      'Why is this drug a good choice for my child?',
      'How will we know it is working?',
      'Which side effects should we call you about?',
      'Is it safe with my child’s other medicines, vitamins or herbs?',
    ],
    gene: [
      'Do my child’s test results show this change?',
      'How does this change affect my child’s treatment choices?',
    ],
    body: [
      'What do my child’s blood and marrow tests show about these cells?',
      'How does treatment affect these cells in my child?',
    ],
    'side-effect': [
      'Which signs of this should we call you about right away?',
      'What can we do at home to help my child feel better?',
      'Who do we call at night or on the weekend?',
    ],
  },
  forEveryTerm: ['What does this mean for my child?', 'Where can we read more about this?'],
};

const FOR_SOMEONE: Prompts = {
  byCategory: {
    disease: [
      'What type of ALL do they have?',
      'What tests will they need, and how often?',
      'Who will be on their care team?',
    ],
    treatment: [
      'What is the goal of this treatment for them?',
      'How long will it last?',
      'How will it change their days at home or at work?',
    ],
    drug: [
      'Why is this drug a good choice for them?',
      'How will we know it is working?',
      'Which side effects should we call you about?',
      'Is it safe with their other medicines, vitamins or herbs?',
    ],
    gene: [
      'Do their test results show this change?',
      'How does this change affect their treatment choices?',
    ],
    body: [
      'What do their blood and marrow tests show about these cells?',
      'How does their treatment affect these cells?',
    ],
    'side-effect': [
      'Which signs of this should we call you about right away?',
      'What can we do at home to help them feel better?',
      'Who do we call at night or on the weekend?',
    ],
  },
  forEveryTerm: ['What does this mean for them?', 'Where can we read more about this?'],
};

const VOICES: Record<QuestionVoice, Prompts> = {
  self: FOR_ME,
  child: FOR_MY_CHILD,
  other: FOR_SOMEONE,
};

/** The prompts for a term of this category, its own first, worded for whom the reader asks. */
export function suggestedQuestions(category: Category, voice: QuestionVoice = 'self'): string[] {
  const prompts = VOICES[voice] ?? FOR_ME;
  return [...prompts.byCategory[category], ...prompts.forEveryTerm];
}

/** Every prompt once, in one voice or all (for the tests and the My questions page). */
export function allPrompts(voice?: QuestionVoice): string[] {
  const sets = voice ? [VOICES[voice]] : Object.values(VOICES);
  return [
    ...new Set(sets.flatMap((p) => [...Object.values(p.byCategory).flat(), ...p.forEveryTerm])),
  ];
}
