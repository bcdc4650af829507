import { Component, createRef } from 'preact';
import { uiMessages, type Messages } from '../../lib/i18n';

/** The counter under the note box appears this many characters before the limit. */
const NEAR_LIMIT = 200;
import { changeQuestions, fetchQuestions, fetchSavedTerm } from '../../lib/questions/client';
import type { QuestionOp } from '../../lib/questions/ops';
import { clearDraft, loadDraft, saveDraft } from '../../lib/questions/drafts';
import { MAX_NOTE_LENGTH, type SavedTerm } from '../../lib/questions/schema';

import type { PageContext } from '../../lib/questions/page-context';
import { errorMessage } from '../../lib/error-message';

/** The background calls, replaceable in tests. */
export interface QuestionsApi {
  fetchSavedTerm: typeof fetchSavedTerm;
  changeQuestions: typeof changeQuestions;
  fetchQuestions: typeof fetchQuestions;
}

const BACKGROUND: QuestionsApi = { fetchSavedTerm, changeQuestions, fetchQuestions };

export interface SaveControlProps {
  termId: string;
  termName: string;
  /** The imported glossary the term comes from, kept with the saved term. */
  glossaryName?: string;
  page: () => PageContext;
  /** Called on any use of the control: the popover pins itself so it stays while the reader types. */
  onUse?: () => void;
  api?: QuestionsApi;
  idPrefix?: string;
  /**
   * Speaks a status through the host's live region (the popover keeps one for the whole page);
   * without it the control has its own.
   */
  announce?: (text: string) => void;
  /**
   * Its words: on a card, the card's language (a Spanish card in an English browser reads
   * "Guardar", issue #29); elsewhere the interface's.
   */
  labels?: Messages;
}

interface SaveControlState {
  loaded: boolean;
  term: SavedTerm | null;
  prompts: string[];
  promptsLabel: string;
  /** The term just removed, kept for Undo. */
  removed: { term: SavedTerm; index: number } | null;
  draft: string;
  status: string;
  error: string | null;
  /**
   * Suggested questions ticked or unticked whose change the background has not confirmed yet:
   * their boxes show the reader's choice meanwhile, instead of springing back until it answers.
   */
  promptsPending: Record<string, boolean>;
}

/**
 * "Save to my questions" on a card: save, unsave with undo, a note, and suggested questions.
 * Its CSS is part of the popover's stylesheet (components/popover/shadow-popover.tsx).
 */
export class SaveControl extends Component<SaveControlProps, SaveControlState> {
  override state: SaveControlState = {
    loaded: false,
    term: null,
    prompts: [],
    promptsLabel: '',
    removed: null,
    draft: '',
    status: '',
    error: null,
    promptsPending: {},
  };
  private live = true;
  /** The control of the state a Save, Remove or Undo leads to: focus goes there, not to <body>. */
  private focusNext: 'save' | 'remove' | 'undo' | null = null;
  private readonly saveButton = createRef<HTMLButtonElement>();
  private readonly removeButton = createRef<HTMLButtonElement>();
  private readonly undoButton = createRef<HTMLButtonElement>();
  /** Per suggestion, the latest toggle: only its answer may end the pending state. */
  private readonly promptToggles = new Map<string, number>();

  private get labels(): Messages {
    return this.props.labels ?? uiMessages;
  }

  private get api(): QuestionsApi {
    return this.props.api ?? BACKGROUND;
  }

  override componentDidMount(): void {
    this.api.fetchSavedTerm(this.props.termId).then(
      (reply) => this.live && this.setState({ ...reply, loaded: true }),
      (err: unknown) => this.live && this.setState({ error: errorMessage(err) }),
    );
    // A note typed earlier and not added yet (the card was closed, the tab reloaded or closed).
    void loadDraft(this.props.termId).then(
      (draft) => this.live && draft && !this.state.draft && this.setState({ draft }),
    );
  }

  private setDraft(draft: string) {
    this.setState({ draft });
    saveDraft(this.props.termId, draft).catch((err: unknown) =>
      console.warn('[Termlight] could not keep the draft note:', err),
    );
  }

  override componentWillUnmount(): void {
    this.live = false;
  }

  override componentDidUpdate(): void {
    const next = this.focusNext;
    if (!next) return;
    const button = { save: this.saveButton, remove: this.removeButton, undo: this.undoButton }[next]
      .current;
    if (!button) return;
    this.focusNext = null;
    button.focus();
  }

  private async run(
    task: () => Promise<Partial<SaveControlState>>,
    status: string,
    focus: SaveControl['focusNext'] = null,
  ) {
    this.props.onUse?.();
    this.setState({ error: null });
    try {
      const next = await task();
      if (this.live) this.focusNext = focus;
      if (this.live) this.setState({ ...next, status });
      if (this.live) this.props.announce?.(status);
    } catch (err) {
      if (this.live) this.setState({ error: errorMessage(err) });
    }
  }

  private change = async (change: QuestionOp) => {
    const { list } = await this.api.changeQuestions(change);
    return list.terms.find((t) => t.termId === this.props.termId) ?? null;
  };

  private save = () => {
    const { termId, termName, glossaryName, page } = this.props;
    const term = { termId, termName, ...(glossaryName && { glossaryName }), ...page(), notes: [] };
    void this.run(
      async () => ({
        term: await this.change({ op: 'save', term }),
        removed: null,
      }),
      this.labels.t('save_didSave', { name: termName }),
      'remove',
    );
  };

  private unsave = (saved: SavedTerm) => {
    const { termId, termName } = this.props;
    void this.run(
      async () => {
        const before = await this.api.fetchQuestions();
        const index = before.list.terms.findIndex((t) => t.termId === termId);
        return {
          term: await this.change({ op: 'unsave', termId }),
          removed: { term: saved, index },
        };
      },
      this.labels.t('save_didRemove', { name: termName }),
      'undo',
    );
  };

  private undo = (gone: { term: SavedTerm; index: number }) => {
    void this.run(
      async () => ({ term: await this.change({ op: 'restore-term', ...gone }), removed: null }),
      this.labels.t('save_didRestore', { name: this.props.termName }),
      'remove',
    );
  };

  private addNote = () => {
    const text = this.state.draft.trim();
    // Over the limit, the message under the box says so; the text stays for the reader to trim.
    if (text === '' || text.length > MAX_NOTE_LENGTH) return;
    const { termId } = this.props;
    void this.run(async () => {
      const term = await this.change({
        op: 'add-notes',
        termId,
        notes: [{ text, suggested: false }],
      });
      await clearDraft(termId).catch(() => undefined);
      return { term, draft: '' };
    }, this.labels.t('save_didAddNote'));
  };

  private togglePrompt(saved: SavedTerm, text: string, on: boolean) {
    const { termId } = this.props;
    const note = saved.notes.find((n) => n.text === text);
    const settle = (pending: boolean) =>
      this.setState((s) => {
        const promptsPending = { ...s.promptsPending };
        if (pending) promptsPending[text] = on;
        else delete promptsPending[text];
        return { promptsPending };
      });
    const toggle = (this.promptToggles.get(text) ?? 0) + 1;
    this.promptToggles.set(text, toggle);
    settle(true);
    // Whatever the answer (saved, or an error and the box goes back), the stored list decides.
    void this.run(
      async () => {
        if (on)
          return {
            term: await this.change({
              op: 'add-notes',
              termId,
              notes: [{ text, suggested: true }],
            }),
          };
        return note
          ? { term: await this.change({ op: 'delete-note', termId, noteId: note.id }) }
          : {};
      },
      on ? this.labels.t('save_didAddQuestion') : this.labels.t('save_didRemoveQuestion'),
    ).finally(() => {
      if (this.live && this.promptToggles.get(text) === toggle) settle(false);
    });
  }

  override render() {
    const { onUse, idPrefix = 'tl-q' } = this.props;
    const { loaded, term, prompts, promptsLabel, removed, draft, status, error, promptsPending } =
      this.state;
    const noteId = `${idPrefix}-note`;
    const countId = `${idPrefix}-note-count`;
    const left = MAX_NOTE_LENGTH - draft.trim().length;
    const tooLong = left < 0;
    return (
      <section class="tl-save" aria-label={this.labels.t('save_label')}>
        {!term && (
          <div class="tl-save-row">
            <button type="button" disabled={!loaded} onClick={this.save} ref={this.saveButton}>
              {this.labels.t('save_save')}
            </button>
            {removed && (
              <button
                type="button"
                class="tl-save-link"
                onClick={() => this.undo(removed)}
                ref={this.undoButton}
              >
                {this.labels.t('save_undo')}
              </button>
            )}
          </div>
        )}
        {term && (
          <>
            <div class="tl-save-row">
              <strong>
                <span aria-hidden="true">✓ </span>
                {this.labels.t('save_saved')}
              </strong>
              <button
                type="button"
                class="tl-save-link"
                onClick={() => this.unsave(term)}
                ref={this.removeButton}
              >
                {this.labels.t('save_remove')}
              </button>
            </div>
            {term.notes.length > 0 && (
              <ul aria-label={this.labels.t('save_notes')}>
                {term.notes.map((n) => (
                  <li key={n.id}>{n.text}</li>
                ))}
              </ul>
            )}
            <label for={noteId}>{this.labels.t('save_addLabel')}</label>
            <textarea
              id={noteId}
              rows={2}
              placeholder={this.labels.t('save_addPlaceholder')}
              value={draft}
              aria-invalid={tooLong || undefined}
              aria-describedby={left <= NEAR_LIMIT ? countId : undefined}
              onFocus={onUse}
              onInput={(e) => this.setDraft(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) this.addNote();
              }}
            />
            {tooLong ? (
              <p class="tl-save-error" id={countId} role="alert">
                {this.labels.t('save_noteTooLong', {
                  count: draft.trim().length,
                  max: MAX_NOTE_LENGTH,
                })}
              </p>
            ) : (
              left <= NEAR_LIMIT && (
                <p class="tl-save-count" id={countId}>
                  {this.labels.plural('save_noteLeft', left)}
                </p>
              )
            )}
            <button type="button" onClick={this.addNote}>
              {this.labels.t('save_add')}
            </button>
            {prompts.length > 0 && (
              <details onToggle={onUse}>
                <summary>{this.labels.t('save_suggested')}</summary>
                <fieldset>
                  <legend>{promptsLabel}</legend>
                  {prompts.map((text, i) => (
                    <div key={text}>
                      <input
                        type="checkbox"
                        id={`${idPrefix}-prompt-${i}`}
                        checked={promptsPending[text] ?? term.notes.some((n) => n.text === text)}
                        onChange={(e) => this.togglePrompt(term, text, e.currentTarget.checked)}
                      />
                      <label for={`${idPrefix}-prompt-${i}`}>{text}</label>
                    </div>
                  ))}
                </fieldset>
              </details>
            )}
          </>
        )}
        {error && (
          <p class="tl-save-error" role="alert">
            {error}
          </p>
        )}
        {!this.props.announce && (
          <p class="tl-sr-only" role="status">
            {status}
          </p>
        )}
      </section>
    );
  }
}
