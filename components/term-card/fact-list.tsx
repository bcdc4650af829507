import type { Fact } from '../../data/types';
import type { Cite } from './citations';
import { PartHeading } from './part-heading';

/** A headed list of facts, each with its source mark; nothing when there are none. */
export function FactList(props: { title: string; facts: Fact[]; kind: string; cite: Cite }) {
  const { title, facts, kind, cite } = props;
  if (!facts.length) return null;
  // Short warning signs sit in two columns where the card is wide enough (never at 320 px).
  const short = facts.length >= 3 && facts.every((f) => f.text.length <= 32);
  return (
    <div class={`tl-list tl-list-${kind}`}>
      <PartHeading>{title}</PartHeading>
      <ul class={short ? 'tl-cols' : undefined}>
        {facts.map((f, i) => (
          <li key={i}>
            {f.text}
            {cite(f.source)}
          </li>
        ))}
      </ul>
    </div>
  );
}
