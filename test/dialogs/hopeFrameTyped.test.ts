import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/* "my hope is to be a chef": the hope is kept and read back without the words announcing it. */
describe('a hope said with "my hope is"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['my hope is to be a chef', 'to be a chef'],
    ['my dream is to work with animals', 'to work with animals'],
    ['i hope to pass my driving test', 'to pass my driving test'],
    ['my goal is to live in my own flat', 'to live in my own flat'],
  ])('"%s" is kept as "%s"', async (typed, kept) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Jo', age: 16, schoolYear: 11, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
    const replies = await chat.say(typed);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual([kept]);
    expect(replies.map((r) => r.text ?? '').join(' ')).not.toMatch(/my (?:hope|dream|goal) is|i hope to/i);
  });
});
