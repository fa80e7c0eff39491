import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { withoutHopeFrame } from '../../src/language/hopeFrame';
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
    // Typed fast, without "to".
    ['my hope is have my own garage one day', 'have my own garage one day'],
    ['my dream is be a footballer', 'be a footballer'],
    ['my goal is get a job in a garage', 'get a job in a garage'],
    ['my hope is live on my own', 'live on my own'],
  ])('"%s" is kept as "%s"', async (typed, kept) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Jo', age: 16, schoolYear: 11, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
    const replies = await chat.say(typed);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual([kept]);
    expect(replies.map((r) => r.text ?? '').join(' ')).not.toMatch(/my (?:hope|dream|goal) is|i hope to/i);
  });

  it('"my hope is the same as before" is not cut', () => {
    expect(withoutHopeFrame('my hope is the same as before')).toBe('my hope is the same as before');
    expect(withoutHopeFrame('my hope is gone now')).toBe('my hope is gone now');
  });
});
