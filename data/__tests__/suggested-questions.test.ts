import { CATEGORIES } from '../../lib/settings';
import { QUESTION_VOICES } from '../../lib/settings/schema';
import { allPrompts, promptsLabel, suggestedQuestions } from '../suggested-questions';
import { fleschKincaidGrade, words } from './text-helpers';

const ALL_PROMPTS = allPrompts();

describe('suggested questions', () => {
  it('has prompts for every category in every voice, each a question', () => {
    for (const voice of QUESTION_VOICES) {
      for (const category of CATEGORIES) {
        const prompts = suggestedQuestions(category, voice);
        expect(prompts.length, category).toBeGreaterThanOrEqual(4);
        // The same questions, worded for someone else: one for one, in the same order.
        expect(prompts.length, `${voice} ${category}`).toBe(suggestedQuestions(category).length);
        for (const p of prompts) expect(p, p).toMatch(/^[A-Z].*\?$/);
      }
    }
  });

  it('asks for a child or someone cared for, not in the first person alone (issue #27)', () => {
    const firstPerson = /\b(I|me|my)\b(?! child)/;
    for (const p of allPrompts('child')) expect(p, p).not.toMatch(firstPerson);
    for (const p of allPrompts('other')) expect(p, p).not.toMatch(firstPerson);
    expect(suggestedQuestions('disease', 'child')[0]).toBe('What type of ALL does my child have?');
    expect(suggestedQuestions('disease', 'other')[0]).toBe('What type of ALL do they have?');
    expect(suggestedQuestions('disease')[0]).toBe('What type of ALL do I have?');
  });

  it('reads at grade 8 or below, all together and one by one', () => {
    expect(fleschKincaidGrade(ALL_PROMPTS.join(' '))).toBeLessThanOrEqual(8);
    for (const p of ALL_PROMPTS) {
      expect(words(p).length, p).toBeLessThanOrEqual(12);
      expect(fleschKincaidGrade(p), p).toBeLessThanOrEqual(8);
    }
  });

  it('asks and never tells: no doses, no instructions', () => {
    for (const p of ALL_PROMPTS) {
      expect(p, p).not.toMatch(/\b(dose|doses|mg|take \d|should take|you should|stop taking)\b/i);
    }
    expect(promptsLabel()).toMatch(/not medical advice/);
  });
});
