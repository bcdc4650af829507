/** Small builders for sourced text, shared by the entry files. */
import type { Fact, GlossaryEntry, SourceId } from '../types';

export const fact = (text: string, source: SourceId): Fact => ({ text, source });

/**
 * An explanation built from sourced facts: `explanation` is their texts joined with spaces, and
 * `explanationFacts` keeps each sentence's source so the card can show it.
 */
export function explained(
  ...facts: Fact[]
): Pick<GlossaryEntry, 'explanation' | 'explanationFacts'> {
  return { explanation: facts.map((f) => f.text).join(' '), explanationFacts: facts };
}
