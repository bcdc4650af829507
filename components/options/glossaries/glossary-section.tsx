import { useRef, useState } from 'preact/hooks';
import { GLOSSARY } from '../../../data';
import { formatNumber, plural, t } from '../../../lib/i18n';
import { builtInGlossary } from '../../../lib/glossaries/built-in';
import { exportFileName, exportGlossary, importGlossaryFile } from '../../../lib/glossaries/export';
import { LIMITS } from '../../../lib/glossaries/format';
import { loadGlossary, loadGlossaryIndex } from '../../../lib/glossaries/store';
import type { StoredGlossaryInfo } from '../../../lib/glossaries/stored-index';
import { Switch } from '../../shared/switch';
import { downloadText } from '../../shared/download';
import { GlossaryPreview, type PendingImport } from './glossary-preview';
import { takenForms, useGlossaries } from './use-glossaries';
import { decodeText } from '../../../lib/glossaries/decode';
import { withoutForms, type AmbiguousForm } from '../../../lib/glossaries/ambiguous';

/** Glossary files are JSON (docs/glossary.schema.json). */
const JSON_TYPE = 'application/json';

export interface GlossarySectionProps {
  /** Says what happened in the page's status line ("Added …"). */
  onDone: (text: string) => void;
}

/** "Your glossaries": import (picker or drop), preview, apply, switch on/off, export, remove. */
export function GlossarySection({ onDone }: GlossarySectionProps) {
  const { index, error, add, update, remove } = useGlossaries();
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [dragging, setDragging] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  // Removing a glossary asks first: it takes the instructor's terms away at once (#28).
  const [confirming, setConfirming] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const check = async (file: File) => {
    // A file picked before storage has answered is not dropped: read the index now.
    const known = index ?? (await loadGlossaryIndex().catch(() => null));
    if (!known) return;
    // A file over the limit is not read at all. Its bytes are decoded by what they are: Excel's
    // Windows-1252 CSV read as UTF-8 turned "isn’t" into "isn�t" (#28).
    const decoded =
      file.size > LIMITS.fileBytes ? null : decodeText(new Uint8Array(await file.arrayBuffer()));
    const read = { fileName: file.name, text: decoded?.text ?? '', bytes: file.size };
    const first = importGlossaryFile(read);
    if (!first.glossary) {
      setPending({ fileName: file.name, result: first });
      return;
    }
    // A glossary of the same name is a new version of it: it replaces the old one.
    const replaces = known.glossaries.find((g) => g.name === first.glossary!.name);
    const result = importGlossaryFile(read, await takenForms(known, replaces?.key));
    setPending({
      fileName: file.name,
      result,
      encoding: decoded?.encoding,
      replaces: replaces && { key: replaces.key, name: replaces.name },
    });
  };

  const apply = async (preferred: boolean, leaveOut: readonly AmbiguousForm[] = []) => {
    const checked = pending?.result.glossary;
    if (!checked) return false;
    const glossary = withoutForms(checked, leaveOut);
    const info = await add(glossary, { preferred, replaces: pending?.replaces?.key });
    if (!info) return false;
    setPending(null);
    inputRef.current?.focus();
    onDone(plural('glossaries_added', info.terms.length, { name: info.name }));
    return true;
  };

  const exportStored = async (info: StoredGlossaryInfo) => {
    const glossary = await loadGlossary(info.key).catch(() => null);
    if (!glossary) {
      setExportError(t('glossaries_exportFailed', { name: info.name }));
      return;
    }
    setExportError(null);
    downloadText(document, exportFileName(glossary.name), exportGlossary(glossary), JSON_TYPE);
  };

  return (
    <section class="tl-section" aria-labelledby="tl-glossaries-title">
      <h2 id="tl-glossaries-title">{t('glossaries_title')}</h2>
      <p class="tl-hint">{t('glossaries_hint')}</p>
      {(error || exportError) && (
        <p class="tl-error" role="alert">
          {error ?? exportError}
        </p>
      )}

      <ul class="tl-glossaries" aria-label={t('glossaries_listLabel')}>
        <li>
          <span class="tl-host">{t('glossaries_builtIn')}</span>{' '}
          <span class="tl-hint">
            {t('glossaries_builtInTerms', { count: formatNumber(GLOSSARY.length) })}
          </span>
          <div class="tl-inline">
            <button
              type="button"
              class="tl-button"
              onClick={() => {
                const glossary = builtInGlossary();
                downloadText(
                  document,
                  exportFileName('termlight'),
                  exportGlossary(glossary),
                  JSON_TYPE,
                );
              }}
            >
              {t('glossaries_export')}
              <span class="tl-sr-only"> {t('glossaries_builtIn')}</span>
            </button>
          </div>
        </li>
        {index?.glossaries.map((g) => (
          <li key={g.key} data-glossary={g.key}>
            <span class="tl-host">{g.name}</span>{' '}
            <span class="tl-hint">{plural('glossaries_notReviewed', g.terms.length)}</span>
            <Switch checked={g.enabled} onChange={(enabled) => void update(g.key, { enabled })}>
              {t('glossaries_useOnPages', { name: g.name })}
            </Switch>
            <Switch
              checked={g.preferred}
              onChange={(preferred) => void update(g.key, { preferred })}
            >
              {t('glossaries_preferred')}
            </Switch>
            <div class="tl-inline">
              <button type="button" class="tl-button" onClick={() => void exportStored(g)}>
                {t('glossaries_export')}
                <span class="tl-sr-only"> {g.name}</span>
              </button>
              {confirming === g.key ? (
                <span
                  class="tl-inline"
                  role="group"
                  aria-label={t('glossaries_removeAsk', { name: g.name })}
                >
                  <span>{t('glossaries_removeAsk', { name: g.name })}</span>
                  <button
                    type="button"
                    class="tl-button tl-danger"
                    ref={(el) => el?.focus()}
                    onClick={async () => {
                      setConfirming(null);
                      if (await remove(g.key)) {
                        onDone(t('glossaries_removed', { name: g.name }));
                        inputRef.current?.focus();
                      }
                    }}
                  >
                    {t('glossaries_removeConfirm')}
                    <span class="tl-sr-only"> {g.name}</span>
                  </button>
                  <button type="button" class="tl-button" onClick={() => setConfirming(null)}>
                    {t('glossaries_cancel')}
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  class="tl-button tl-danger"
                  onClick={() => setConfirming(g.key)}
                >
                  {t('glossaries_remove')}
                  <span class="tl-sr-only"> {g.name}</span>
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>

      <div
        class={`tl-drop${dragging ? ' tl-drop-active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer?.files[0];
          if (file) void check(file);
        }}
      >
        <label for="tl-glossary-file">{t('glossaries_importLabel')}</label>
        <input
          id="tl-glossary-file"
          ref={inputRef}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          aria-describedby="tl-glossary-file-hint"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void check(file);
          }}
        />
        <p id="tl-glossary-file-hint" class="tl-hint">
          {t('glossaries_importHint')}
        </p>
      </div>

      {pending && (
        <GlossaryPreview
          pending={pending}
          onApply={apply}
          onCancel={() => {
            setPending(null);
            inputRef.current?.focus();
          }}
        />
      )}
    </section>
  );
}
