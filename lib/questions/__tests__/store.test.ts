import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { decodeQuestions, QUESTIONS_VERSION } from '../migrate';
import { dispatch, parseRequest } from '../../messaging/protocol';
import { QUESTIONS_HANDLERS, QUESTIONS_PARSERS } from '../answers';
import type { SaveRequest } from '../ops';
import {
  listSavedTermIds,
  loadQuestions,
  QUESTIONS_BACKUP_KEY,
  QUESTIONS_KEY,
  updateQuestions,
  watchQuestions,
} from '../store';
import { SAMPLE, savedTerm } from './fixtures';
import { saveSettings } from '../../settings';

async function storeRaw(value: unknown): Promise<void> {
  await fakeBrowser.storage.local.set({ [QUESTIONS_KEY]: value });
}

async function stored(key = QUESTIONS_KEY): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

function saveRequest(termId: string, notes: string[] = []): SaveRequest {
  return {
    termId,
    termName: termId,
    pageTitle: 'A page',
    pageUrl: 'https://example.org/a',
    context: 'A sentence.',
    notes: notes.map((text) => ({ text, suggested: false })),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('loading', () => {
  it('is an empty list when nothing is stored', async () => {
    expect(await loadQuestions()).toEqual({ list: { terms: [] }, dropped: [] });
    expect(await listSavedTermIds()).toEqual([]);
  });

  it('reads a stored list and lists its term ids in order', async () => {
    await storeRaw({ version: 1, ...SAMPLE });
    expect(await loadQuestions()).toEqual({ list: SAMPLE, dropped: [] });
    expect(await listSavedTermIds()).toEqual(['imatinib', 'blinatumomab']);
  });

  it('keeps what it can read from a damaged list, says what it dropped, and writes nothing', async () => {
    const raw = {
      version: 1,
      terms: [
        SAMPLE.terms[0],
        { termName: 'no id' },
        'junk',
        savedTerm('dasatinib', {
          notes: [
            { id: 'x', text: 42 },
            { id: 'y', text: 'Kept' },
          ] as never,
        }),
        savedTerm('nilotinib', { pageUrl: 'javascript:alert(1)', savedAt: 'yesterday' }),
      ],
    };
    await storeRaw(raw);
    const { list, dropped } = await loadQuestions();
    expect(list.terms.map((t) => t.termId)).toEqual(['imatinib', 'dasatinib', 'nilotinib']);
    expect(list.terms[1]!.notes.map((n) => n.text)).toEqual(['Kept']);
    // A hostile address is not kept; a broken date is emptied, not guessed.
    expect(list.terms[2]!.pageUrl).toBeNull();
    expect(list.terms[2]!.savedAt).toBe('');
    expect(dropped).toEqual([
      'saved term 2: it has no term name that can be read',
      'saved term 3: it has no term name that can be read',
      'dasatinib: note 1 could not be read',
    ]);
    expect(await stored()).toEqual(raw);
  });

  it('counts what is past the limits, in the plural form that fits', () => {
    const notes = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `n${i}`, text: `Q${i}`, asked: false }));
    const over = (extraNotes: number) =>
      decodeQuestions({
        version: QUESTIONS_VERSION,
        terms: [savedTerm('imatinib', { notes: notes(50 + extraNotes) as never })],
      }).dropped;
    expect(over(1)).toEqual(['imatinib: 1 note past the limit of 50']);
    expect(over(2)).toEqual(['imatinib: 2 notes past the limit of 50']);
    const terms = Array.from({ length: 502 }, (_, i) => savedTerm(`term-${i}`));
    expect(decodeQuestions({ version: QUESTIONS_VERSION, terms }).dropped).toEqual([
      '2 saved terms past the limit of 500',
    ]);
  });

  it.each([['a string'], [42], [[1, 2]], [{ version: 1, terms: 'oops' }]])(
    'reads %j as an empty list and says so',
    async (raw) => {
      await storeRaw(raw);
      const { list, dropped } = await loadQuestions();
      expect(list.terms).toEqual([]);
      expect(dropped.length).toBe(1);
    },
  );
});

describe('migrations', () => {
  it('runs each step from the stored version up to the current one, in order', () => {
    const steps = {
      2: (old: Record<string, unknown>) => ({ ...old, terms: old.items, items: undefined }),
      3: (old: Record<string, unknown>) => ({
        ...old,
        terms: (old.terms as { id: string }[]).map((t) => ({ termId: t.id })),
      }),
    };
    const decoded = decodeQuestions({ version: 1, items: [{ id: 'imatinib' }] }, steps, 3);
    expect(decoded.list.terms.map((t) => t.termId)).toEqual(['imatinib']);
    expect(decoded.dropped).toEqual([]);
    // A value already at version 2 runs only step 3.
    expect(
      decodeQuestions({ version: 2, terms: [{ id: 'dasatinib' }] }, steps, 3).list.terms[0]?.termId,
    ).toBe('dasatinib');
  });

  it('reads a value without a valid version as the current one, and says so', () => {
    const decoded = decodeQuestions({ terms: SAMPLE.terms });
    expect(decoded.list).toEqual(SAMPLE);
    expect(decoded.dropped[0]).toMatch(/no valid version/);
  });

  it('reads what it knows from a newer version and keeps the newer value before writing', async () => {
    const newer = { version: QUESTIONS_VERSION + 1, ...SAMPLE, folders: ['visit 1'] };
    await storeRaw(newer);
    const loaded = await loadQuestions();
    expect(loaded.list).toEqual(SAMPLE);
    expect(loaded.dropped[0]).toMatch(/newer Termlight/);
    await updateQuestions({ op: 'unsave', termId: 'blinatumomab' });
    expect(await stored(QUESTIONS_BACKUP_KEY)).toMatchObject({ value: newer });
  });
});

describe('updateQuestions', () => {
  it('saves a term with the page, the date and the notes, once per term', async () => {
    const now = new Date('2026-12-01T09:30:00Z');
    await updateQuestions({ op: 'save', term: saveRequest('imatinib', ['With food?']) }, now);
    await updateQuestions({ op: 'save', term: saveRequest('imatinib', ['With food?', 'Rash?']) });
    const { list } = await loadQuestions();
    expect(list.terms).toHaveLength(1);
    expect(list.terms[0]).toMatchObject({
      termId: 'imatinib',
      savedAt: '2026-12-01T09:30:00.000Z',
      pageTitle: 'A page',
      pageUrl: 'https://example.org/a',
      context: 'A sentence.',
    });
    expect(list.terms[0]!.notes.map((n) => n.text)).toEqual(['With food?', 'Rash?']);
    expect(await stored()).toMatchObject({ version: QUESTIONS_VERSION });
  });

  it('before replacing a damaged list, keeps the damaged value aside (never wipes it)', async () => {
    const raw = { version: 1, terms: [SAMPLE.terms[0], 'junk'] };
    await storeRaw(raw);
    await updateQuestions({ op: 'save', term: saveRequest('dasatinib') });
    expect(await stored(QUESTIONS_BACKUP_KEY)).toMatchObject({ value: raw });
    expect(await listSavedTermIds()).toEqual(['imatinib', 'dasatinib']);
    // A second damaged value does not overwrite the first backup.
    await storeRaw({ version: 1, terms: ['other junk'] });
    await updateQuestions({ op: 'save', term: saveRequest('nilotinib') });
    expect(await stored(QUESTIONS_BACKUP_KEY)).toMatchObject({ value: raw });
  });

  it('loses nothing when many changes arrive at once (two tabs saving together)', async () => {
    // Slow reads make the race real: without the queue every save reads the empty list.
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
      const value = await get(keys);
      await new Promise((r) => setTimeout(r, 1));
      return value;
    });
    const ids = ['imatinib', 'dasatinib', 'nilotinib', 'ponatinib', 'blinatumomab'];
    const replies = await Promise.all(
      ids.map((id) =>
        dispatch(QUESTIONS_PARSERS, QUESTIONS_HANDLERS, {
          type: 'termlight:questions-change',
          change: { op: 'save', term: saveRequest(id, [`About ${id}`]) },
        }),
      ),
    );
    expect(replies).toEqual(ids.map(() => expect.objectContaining({ ok: true })));
    expect((await listSavedTermIds()).sort()).toEqual([...ids].sort());
  });

  it('says clearly when storage is full, and changes nothing', async () => {
    await storeRaw({ version: 1, ...SAMPLE });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const reply = await QUESTIONS_HANDLERS['termlight:questions-change'](
      {
        type: 'termlight:questions-change',
        change: { op: 'save', term: saveRequest('dasatinib') },
      },
      {},
    );
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/no room left/) });
    vi.restoreAllMocks();
    expect(await loadQuestions()).toEqual({ list: SAMPLE, dropped: [] });
  });

  it('reports a refused change as an error reply, not a thrown one', async () => {
    const reply = await QUESTIONS_HANDLERS['termlight:questions-change'](
      {
        type: 'termlight:questions-change',
        change: { op: 'edit-note', termId: 'imatinib', noteId: 'n1', text: 'x' },
      },
      {},
    );
    expect(reply).toEqual({ ok: false, error: 'That term is no longer in your list.' });
  });

  it('words the suggested questions for whom the reader asks (the questionsFor setting)', async () => {
    const prompts = async () => {
      const reply = await QUESTIONS_HANDLERS['termlight:saved-term'](
        { type: 'termlight:saved-term', termId: 'dasatinib' },
        {},
      );
      return reply.ok ? reply.prompts : [];
    };
    expect(await prompts()).toContain('Why is this drug a good choice for me?');
    await saveSettings({ questionsFor: 'child' });
    expect(await prompts()).toContain('Why is this drug a good choice for my child?');
    await saveSettings({ questionsFor: 'other' });
    expect(await prompts()).toContain('Why is this drug a good choice for them?');
  });

  it('tells watchers about every change', async () => {
    const seen: string[][] = [];
    const stop = watchQuestions(({ list }) => seen.push(list.terms.map((t) => t.termId)));
    await updateQuestions({ op: 'save', term: saveRequest('imatinib') });
    await updateQuestions({ op: 'unsave', termId: 'imatinib' });
    stop();
    await updateQuestions({ op: 'save', term: saveRequest('dasatinib') });
    expect(seen).toEqual([['imatinib'], []]);
  });
});

describe('QUESTIONS_PARSERS', () => {
  it.each([
    [{ type: 'termlight:questions-load' }, true],
    [{ type: 'termlight:saved-term', termId: 'imatinib' }, true],
    [{ type: 'termlight:saved-term', termId: 'my-glossary/stab-cell' }, true],
    [{ type: 'termlight:saved-term', termId: 7 }, false],
    [{ type: 'termlight:saved-term', termId: 'x'.repeat(101) }, false],
    [{ type: 'termlight:saved-term' }, false],
    [{ type: 'termlight:questions-change' }, false],
    [{ type: 'termlight:questions-change', change: 'unsave' }, false],
    [
      {
        type: 'termlight:questions-change',
        change: { op: 'save', term: { termId: 'imatinib', termName: 'Imatinib' } },
      },
      false,
    ],
    [
      {
        type: 'termlight:questions-change',
        change: { op: 'restore-term', term: {}, index: '0' },
      },
      false,
    ],
    [{ type: 'termlight:questions-change', change: { op: 'unsave', termId: 'imatinib' } }, true],
    [{ type: 'termlight:questions-change', change: { op: 'unsave', termId: '../x' } }, false],
    [{ type: 'termlight:questions-change', change: { op: 'wipe' } }, false],
    [
      {
        type: 'termlight:questions-change',
        change: { op: 'move-note', termId: 'imatinib', noteId: 'n1', by: 5 },
      },
      false,
    ],
    [{ type: 'termlight:card', id: 'imatinib' }, false],
  ])('%j → accepted: %s', (message, accepted) => {
    expect(parseRequest(QUESTIONS_PARSERS, message) !== null).toBe(accepted);
  });
});
