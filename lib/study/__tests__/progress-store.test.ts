import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  decodeProgress,
  encodeCard,
  loadProgress,
  resetCardProgress,
  saveCardProgress,
  saveNewPerDay,
  STUDY_PROGRESS_BACKUP_KEY,
  STUDY_PROGRESS_KEY,
} from '../progress-store';
import { gradeCard } from '../scheduler';

const NOW = new Date(Date.UTC(2026, 11, 1, 9));
const good = gradeCard('meaning:imatinib', undefined, 3, NOW);
const easy = gradeCard('meaning:imatinib', undefined, 4, NOW);

async function stored(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(STUDY_PROGRESS_KEY))[STUDY_PROGRESS_KEY];
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('study progress in storage.local', () => {
  it('starts empty with no messages', async () => {
    const loaded = await loadProgress();
    expect(loaded.cards.size).toBe(0);
    expect(loaded.problems).toEqual([]);
    expect(loaded.newPerDay).toBe(20);
  });

  it('saves and reads back a card exactly, under a versioned item', async () => {
    await saveCardProgress('meaning:imatinib', good);
    expect(await stored()).toMatchObject({
      version: 1,
      cards: { 'meaning:imatinib': encodeCard(good) },
    });
    expect((await loadProgress()).cards.get('meaning:imatinib')).toEqual(good);
  });

  it('drops only the broken cards, each with a message, and keeps the rest', async () => {
    await fakeBrowser.storage.local.set({
      [STUDY_PROGRESS_KEY]: {
        version: 1,
        newPerDay: 10,
        cards: {
          ok: encodeCard(good),
          'no-due': { ...encodeCard(easy), due: 'tomorrow' },
          'bad-state': { ...encodeCard(easy), state: 9 },
          junk: 42,
        },
      },
    });
    const loaded = await loadProgress();
    expect([...loaded.cards.keys()]).toEqual(['ok']);
    expect(loaded.newPerDay).toBe(10);
    expect(loaded.problems).toEqual([
      'The saved progress of one card ("no-due") was broken (due date missing or not a time), so that card starts over.',
      'The saved progress of one card ("bad-state") was broken (state unknown), so that card starts over.',
      'The saved progress of one card ("junk") was broken (not a record), so that card starts over.',
    ]);
    // The next save writes the good card back, without the broken ones.
    await saveCardProgress('new', easy);
    expect(Object.keys((await stored()) as { cards: object }).length).toBe(3);
    expect(Object.keys(((await stored()) as { cards: object }).cards).sort()).toEqual([
      'new',
      'ok',
    ]);
  });

  it('keeps a value that is not progress at all aside before the next save', async () => {
    await fakeBrowser.storage.local.set({ [STUDY_PROGRESS_KEY]: 'garbage' });
    const loaded = await loadProgress();
    expect(loaded.cards.size).toBe(0);
    expect(loaded.problems[0]).toMatch(/could not be read/);
    await saveCardProgress('a', good);
    expect(
      (await fakeBrowser.storage.local.get(STUDY_PROGRESS_BACKUP_KEY))[STUDY_PROGRESS_BACKUP_KEY],
    ).toMatchObject({ value: 'garbage' });
    expect((await loadProgress()).cards.size).toBe(1);
  });

  it('reads what it knows of newer progress and keeps that aside before the first save', async () => {
    const newer = { version: 2, cards: { a: encodeCard(good) }, extra: true };
    await fakeBrowser.storage.local.set({ [STUDY_PROGRESS_KEY]: newer });
    const loaded = await loadProgress();
    expect([...loaded.cards.keys()]).toEqual(['a']);
    expect(loaded.problems[0]).toMatch(/newer version/);
    await saveCardProgress('b', good);
    expect(
      (await fakeBrowser.storage.local.get(STUDY_PROGRESS_BACKUP_KEY))[STUDY_PROGRESS_BACKUP_KEY],
    ).toMatchObject({ value: newer });
    expect(await stored()).toMatchObject({ version: 1, cards: { a: {}, b: {} } });
  });

  it('resets only the cards asked for', async () => {
    await saveCardProgress('a', good);
    await saveCardProgress('b', easy);
    await resetCardProgress(['a']);
    expect([...(await loadProgress()).cards.keys()]).toEqual(['b']);
  });

  it('keeps both cards when two are saved at once', async () => {
    await Promise.all([saveCardProgress('a', good), saveCardProgress('b', easy)]);
    expect((await loadProgress()).cards.size).toBe(2);
  });

  it('saves the daily new-card limit and refuses nonsense', async () => {
    await saveNewPerDay(5);
    expect((await loadProgress()).newPerDay).toBe(5);
    await expect(saveNewPerDay(-1)).rejects.toThrow(/whole number/);
    await expect(saveNewPerDay(2.5)).rejects.toThrow(/whole number/);
  });

  it('reads a broken limit as the default, with a message', () => {
    const loaded = decodeProgress({ version: 1, newPerDay: 'lots', cards: {} });
    expect(loaded.newPerDay).toBe(20);
    expect(loaded.problems).toHaveLength(1);
  });
});
