import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../background';
import { QUESTIONS_KEY } from '../../lib/questions/store';

/**
 * What the background's listeners answer to one runtime message (undefined: nobody answers).
 * A listener that answers returns true and calls sendResponse (lib/messaging.ts).
 */
async function send(message: unknown): Promise<unknown> {
  let respond!: (answer: unknown) => void;
  const answer = new Promise((ok) => (respond = ok));
  // The fake's types know no sendResponse; it passes every argument on.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (
    ...args: unknown[]
  ) => Promise<unknown[]>;
  const returned = await trigger(message, {}, respond);
  return returned.includes(true) ? answer : undefined;
}

const save = (termId: string) => ({
  type: 'termlight:questions-change',
  change: {
    op: 'save',
    term: { termId, termName: termId, pageTitle: 'A page', pageUrl: null, context: '', notes: [] },
  },
});

describe('the background answers My questions messages only through their parsers', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    background.main();
  });

  it('applies a well-formed change and answers with the list', async () => {
    await expect(send(save('imatinib'))).resolves.toMatchObject({
      ok: true,
      list: { terms: [{ termId: 'imatinib' }] },
    });
    await expect(send({ type: 'termlight:questions-load' })).resolves.toMatchObject({
      list: { terms: [{ termId: 'imatinib' }] },
    });
  });

  it.each([
    ['a term id that is not one', save('../../x')],
    ['a change without notes', { ...save('imatinib'), change: { op: 'save', term: {} } }],
    [
      'an index that is not a number',
      {
        ...save('imatinib'),
        change: { op: 'restore-term', term: { termId: 'imatinib' }, index: '0' },
      },
    ],
    ['an unknown change', { type: 'termlight:questions-change', change: { op: 'wipe' } }],
    ['no change', { type: 'termlight:questions-change' }],
    ['a term id that is a number', { type: 'termlight:saved-term', termId: 7 }],
  ])('ignores %s: no answer, nothing stored, nothing thrown', async (_what, message) => {
    await expect(send(message)).resolves.toBeUndefined();
    expect(await fakeBrowser.storage.local.get(QUESTIONS_KEY)).toEqual({});
  });

  it('answers the saved term of any card, with its prompts', async () => {
    await send(save('imatinib'));
    await expect(send({ type: 'termlight:saved-term', termId: 'imatinib' })).resolves.toMatchObject(
      {
        ok: true,
        term: { termId: 'imatinib' },
        prompts: expect.arrayContaining([expect.any(String)]),
      },
    );
  });
});
