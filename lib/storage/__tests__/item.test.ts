import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { defineItem, type ItemDefinition, type ItemFailure } from '../item';

interface Notes {
  notes: string[];
}

class NotesError extends Error {
  constructor(readonly failure: ItemFailure) {
    super(failure.action);
  }
}

const DEFINITION: ItemDefinition<Notes> = {
  area: 'local',
  key: 'notes',
  version: 2,
  // Version 1 called the list "items".
  migrations: { 2: ({ items, ...rest }) => ({ ...rest, notes: items }) },
  parse: (fields) => {
    const notes = fields?.notes;
    if (notes === undefined) return { value: { notes: [] }, problems: [] };
    if (!Array.isArray(notes)) return { value: { notes: [] }, problems: ['notes: not a list'] };
    const kept = notes.filter((n): n is string => typeof n === 'string');
    const problems = kept.length < notes.length ? ['notes: dropped what was not text'] : [];
    return { value: { notes: kept }, problems };
  },
  encode: (value) => ({ ...value }),
  describe: (problem) =>
    problem.kind === 'newer' ? `newer: ${problem.version}` : `damaged: ${problem.kind}`,
  backupKey: 'notes-backup',
  quotaBytes: 200,
  error: (failure) => new NotesError(failure),
};

const item = defineItem(DEFINITION);
const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];
const add = (note: string) => item.update(({ value }) => ({ notes: [...value.notes, note] }));

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('decode', () => {
  it('gives the defaults, with no problem, when nothing is stored', () => {
    expect(item.decode(undefined)).toEqual({ value: { notes: [] }, problems: [], newer: false });
  });

  it('runs the migrations from the stored version', () => {
    expect(item.decode({ version: 1, items: ['a'] })).toEqual({
      value: { notes: ['a'] },
      problems: [],
      newer: false,
    });
  });

  it('keeps what it can read of a damaged value and names the rest', () => {
    expect(item.decode({ version: 2, notes: ['a', 7] })).toMatchObject({
      value: { notes: ['a'] },
      problems: ['notes: dropped what was not text'],
    });
    expect(item.decode('junk').problems).toEqual(['damaged: not-a-record']);
    expect(item.decode({ version: 'x', notes: ['a'] })).toMatchObject({
      value: { notes: ['a'] },
      problems: ['damaged: bad-version'],
    });
  });

  it('reads the known fields of a newer value and says so', () => {
    expect(item.decode({ version: 3, notes: ['a'], tags: ['b'] })).toEqual({
      value: { notes: ['a'] },
      problems: ['newer: 3'],
      newer: true,
    });
  });
});

describe('update', () => {
  it('writes the value under its key with the current version', async () => {
    expect((await add('a')).value).toEqual({ notes: ['a'] });
    expect(await stored('notes')).toEqual({ version: 2, notes: ['a'] });
  });

  it('backs a newer value up before the first write, and keeps that first backup', async () => {
    const newer = { version: 3, notes: ['a'], tags: ['b'] };
    await fakeBrowser.storage.local.set({ notes: newer });
    await add('c');
    expect(await stored('notes')).toEqual({ version: 2, notes: ['a', 'c'] });
    expect(await stored('notes-backup')).toMatchObject({ value: newer });
    await fakeBrowser.storage.local.set({ notes: 'junk' });
    await add('d');
    expect(await stored('notes-backup')).toMatchObject({ value: newer });
  });

  it('backs a damaged value up before the first write', async () => {
    await fakeBrowser.storage.local.set({ notes: { version: 2, notes: ['a', 7] } });
    await add('b');
    expect(await stored('notes-backup')).toMatchObject({ value: { notes: ['a', 7] } });
  });

  it('makes no backup and no write when nothing changes', async () => {
    await add('a');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await item.update(({ value }) => value);
    expect(set).not.toHaveBeenCalled();
    expect(await stored('notes-backup')).toBeUndefined();
  });

  it('runs updates one at a time, each on a fresh read', async () => {
    await Promise.all(['a', 'b', 'c', 'd'].map(add));
    expect((await item.read()).value.notes.sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps going after a change that throws', async () => {
    const failed = item.update(() => {
      throw new Error('refused');
    });
    await expect(failed).rejects.toThrow('refused');
    expect((await add('a')).value).toEqual({ notes: ['a'] });
  });

  it('reports a full storage as a quota failure and changes nothing', async () => {
    await add('a');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const error = await add('b').catch((e: unknown) => e);
    expect((error as NotesError).failure).toMatchObject({ action: 'quota' });
    expect(await stored('notes')).toEqual({ version: 2, notes: ['a'] });
  });

  it('refuses a value over its size limit before trying to write', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const error = await add('x'.repeat(300)).catch((e: unknown) => e);
    expect((error as NotesError).failure).toMatchObject({ action: 'too-large', limit: 200 });
    expect(set).not.toHaveBeenCalled();
  });

  it('reports a failed read as a read failure', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('gone'));
    const error = await item.read().catch((e: unknown) => e);
    expect((error as NotesError).failure).toMatchObject({ action: 'read' });
  });

  it('writes what goes alongside in the same storage call', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await item.update(() => ({ value: { notes: ['a'] }, alongside: { 'note:a': 'text' } }));
    expect(set).toHaveBeenCalledTimes(1);
    expect(await stored('note:a')).toBe('text');
  });
});

describe('watch', () => {
  it('reports every change, decoded, until it stops', async () => {
    const seen: string[][] = [];
    const stop = item.watch(({ value }) => seen.push(value.notes));
    await add('a');
    await fakeBrowser.storage.local.set({ notes: { version: 1, items: ['old'] } });
    await fakeBrowser.storage.local.set({ other: 1 });
    await item.remove();
    stop();
    await add('b');
    expect(seen).toEqual([['a'], ['old'], []]);
  });
});
