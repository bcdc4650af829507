import { useEffect, useRef, useState } from 'preact/hooks';
import type { CheckResult } from '../../../lib/glossaries/check';
import { CATEGORY_LABELS } from '../../../data/categories';

/** A file read and checked, waiting for the reader to add it or not. */
export interface PendingImport {
  fileName: string;
  result: CheckResult;
  /** The glossary of the same name that adding this one replaces. */
  replaces?: { key: string; name: string } | undefined;
}

export interface GlossaryPreviewProps {
  pending: PendingImport;
  /** Resolves true once saved. */
  onApply: (preferred: boolean) => Promise<boolean>;
  onCancel: () => void;
}

/** Shown rows of a long glossary; the rest are counted. */
const SHOWN_ENTRIES = 100;

/**
 * Everything about a file before it is used: its problems (then nothing can be added), or its
 * entries, forms and the forms other glossaries use too, with the choice of which one wins.
 */
export function GlossaryPreview({ pending, onApply, onCancel }: GlossaryPreviewProps) {
  const { fileName, result, replaces } = pending;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [preferred, setPreferred] = useState(false);
  useEffect(() => headingRef.current?.focus(), [pending]);

  const glossary = result.glossary;
  return (
    <section class="tl-glossary-preview" aria-labelledby="tl-preview-title">
      <h3 id="tl-preview-title" ref={headingRef} tabIndex={-1}>
        {glossary ? `Check before you add: “${glossary.name}”` : `“${fileName}” cannot be added`}
      </h3>
      {!glossary ? (
        <>
          <p class="tl-error">
            Termlight found{' '}
            {result.problems.length === 1 ? 'a problem' : `${result.problems.length} problems`} in
            this file. Nothing was added or changed. Fix the file and choose it again.
          </p>
          <ul class="tl-problems">
            {result.problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
          <button type="button" class="tl-button" onClick={onCancel}>
            Close
          </button>
        </>
      ) : (
        <>
          <p>
            {glossary.entries.length === 1 ? '1 term' : `${glossary.entries.length} terms`} from{' '}
            {fileName}. {replaces && `Adding it replaces your glossary “${replaces.name}”.`}
          </p>
          <div class="tl-table-scroll" tabIndex={0} aria-labelledby="tl-preview-title">
            <table class="tl-preview-table">
              <thead>
                <tr>
                  <th scope="col">Term</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Written as</th>
                </tr>
              </thead>
              <tbody>
                {glossary.entries.slice(0, SHOWN_ENTRIES).map((e) => (
                  <tr key={e.id}>
                    <th scope="row">{e.name}</th>
                    <td>{CATEGORY_LABELS[e.category].one}</td>
                    <td>{e.forms.map((f) => f.text).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {glossary.entries.length > SHOWN_ENTRIES && (
            <p class="tl-hint">…and {glossary.entries.length - SHOWN_ENTRIES} more terms.</p>
          )}
          {result.conflicts.length > 0 && (
            <div class="tl-conflicts">
              <h4>Forms another glossary already uses</h4>
              <ul class="tl-problems">
                {result.conflicts.map((c, i) => (
                  <li key={i}>{c.message}</li>
                ))}
              </ul>
              <fieldset class="tl-fieldset">
                <legend>Where two glossaries use the same form, show</legend>
                <div class="tl-choice">
                  <input
                    type="radio"
                    id="tl-conflict-keep"
                    name="tl-conflict"
                    checked={!preferred}
                    onChange={() => setPreferred(false)}
                  />
                  <label for="tl-conflict-keep">the other glossary’s explanation</label>
                </div>
                <div class="tl-choice">
                  <input
                    type="radio"
                    id="tl-conflict-mine"
                    name="tl-conflict"
                    checked={preferred}
                    onChange={() => setPreferred(true)}
                  />
                  <label for="tl-conflict-mine">this glossary’s explanation</label>
                </div>
              </fieldset>
            </div>
          )}
          <p class="tl-hint">
            Termlight has not reviewed these explanations. Cards from this glossary will say so.
          </p>
          <div class="tl-inline">
            <button type="button" class="tl-button" onClick={() => void onApply(preferred)}>
              Add glossary
            </button>
            <button type="button" class="tl-button" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </>
      )}
    </section>
  );
}
