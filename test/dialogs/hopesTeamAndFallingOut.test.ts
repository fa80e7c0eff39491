import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Imran, 14, types in text-speak at the hopes: "ye my team on sundays and my mates. but sometimes i
 * fall out with ppl". His team and his mates are what matter to him; falling out is a hard thing,
 * never kept as a hope.
 */

describe('what matters, with a hard thing beside it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps the team and the mates, not the falling out, as what matters', async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Imran', age: 14, schoolYear: 9, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
    const replies = saidIn(await chat.say('ye my team on sundays and my mates. but sometimes i fall out with ppl'));
    const draft = (await chat.draft())!;
    expect(replies).toMatch(/what makes it hard/);
    expect(draft.aspirations.map((a) => a.text)).toEqual([expect.stringMatching(/^my team on sundays and my mates$/i)]);
    expect(draft.needs.map((n) => n.text)).toEqual([expect.stringMatching(/fall out with ppl/)]);
  });
});
