import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn as texts, startWith } from './journeySeed';

/*
 * Ayo, 16, at the read-back of his bus outcome, which kept "rn my cousin takes me sometimes": "take the
 * cousin bit out i dont want that in it" takes that sentence out of the outcome and out of his whole
 * answer kept beside it, and the request is never the outcome's new words.
 */

const BUS = { text: 'get the bus on my own', theme: 'independent_living' as const, needs: ['buses make me anxious'] };

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('"take the cousin bit out i dont want that in it" at the read-back', () => {
  it('the cousin sentence goes from the outcome and from his words; the rest is read back', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Ayo', age: 16, schoolYear: 11, hopes: [BUS] }));
    const c = chat!;
    for (const t of ['get the bus to college on my own by summer. rn my cousin takes me sometimes', 'i get there on my own 5 days in a row', 'i wouldnt need anyone', 'a job', 'travel training']) await c.say(t);
    expect(c.step).toBe(Step.outcomeConfirm);
    const replies = texts(await c.say('take the cousin bit out i dont want that in it'));
    expect(replies).not.toMatch(/I will take the cousin bit/);
    expect(replies).toMatch(/I will get the bus to college on my own\./);
    expect(c.step).toBe(Step.outcomeConfirm);
    const outcome = (await c.draft())?.outcomes[0];
    expect(JSON.stringify(outcome)).not.toMatch(/cousin/);
    expect(outcome?.inTheirWords).toMatch(/get the bus to college on my own/);
    await c.say('yes');
    const kept = (await c.draft())?.outcomes[0];
    expect(kept?.confirmed).toBe(true);
    expect(JSON.stringify(kept)).not.toMatch(/cousin/);
  });
});
