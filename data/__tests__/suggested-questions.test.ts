import { CATEGORIES } from '../../lib/settings';
import { allPrompts, promptsLabel, suggestedQuestions } from '../suggested-questions';
import { fleschKincaidGrade, words } from './text-helpers';

const ALL_PROMPTS = allPrompts();

describe('suggested questions', () => {
  it('has prompts for every category, each a question', () => {
    for (const category of CATEGORIES) {
      const prompts = suggestedQuestions(category);
      expect(prompts.length, category).toBeGreaterThanOrEqual(4);
      for (const p of prompts) expect(p, p).toMatch(/^[A-Z].*\?$/);
    }
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
