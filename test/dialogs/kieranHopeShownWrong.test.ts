import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Kieran, at "what makes it hard?": "wot thats not wot i said. its just be a footballer" was kept as a hard
 * thing, and "nah leave it out. nuffin is hard" as a need. The first puts the hope shown right and asks again;
 * the second means nothing is hard. Neither is ever kept as a need.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});
const atBarrier = async () =>
  (await startWith({
    today: '2026-12-02', name: 'Kieran', age: 13, schoolYear: 8, journey: { mode: 'easy_read' },
    hopes: [{ text: 'be a footballer for villa and a mechanic', theme: 'learning_and_work', needs: [] }],
    at: (d) => ({ stage: 'needs', step: 'needs.barrier', topic: d.aspirations[0]!.id }),
  })).chat;

describe('the hope shown is put right at what makes it hard', () => {
  it.each([
    ['wot thats not wot i said. its just be a footballer', 'be a footballer'],
    ["that's wrong its meant to say be a mechanic", 'be a mechanic'],
    ['i never said that. it should say be a vet', 'be a vet'],
    ['thats not my hope. its just be a footballer', 'be a footballer'],
    ['no thats wrong, it should be play for villa', 'play for villa'],
  ])('"%s" changes the hope to "%s" and asks again, keeping no need', async (typed, hope) => {
    chat = await atBarrier();
    await chat.say(typed);
    const d = (await chat.draft())!;
    expect(d.aspirations.map((a) => a.text)).toEqual([hope]);
    expect(d.needs).toEqual([]);
    expect(chat.step).toBe('needs.barrier');
  });

  it.each(['thats not my hope', 'i never said that'])('"%s" is never kept as a need', async (typed) => {
    chat = await atBarrier();
    await chat.say(typed);
    expect((await chat.draft())!.needs).toEqual([]);
  });

  it('near miss: "its just hard to get picked for the team" is a hard thing', async () => {
    chat = await atBarrier();
    await chat.say('its just hard to get picked for the team');
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['its just hard to get picked for the team']);
  });
});

describe('nothing is hard, said with "leave it"', () => {
  it.each(['nah leave it out. nuffin is hard', 'nuffin', 'nah nothin', 'nothing rly its fine', 'leave it, nothin', 'forget it. nothing'])('"%s" keeps no need', async (typed) => {
    chat = await atBarrier();
    await chat.say(typed);
    expect((await chat.draft())!.needs).toEqual([]);
    expect(chat.step).not.toBe('needs.helps');
  });

  it('a worry after "leave it" is still heard', async () => {
    chat = await atBarrier();
    const said = saidIn(await chat.say('leave it out. he hits me if i play footy'));
    const d = (await chat.draft())!;
    expect(d.flags.length).toBeGreaterThan(0);
    expect(said).toMatch(/0800 1111/);
    expect(d.needs.map((n) => n.text).join(' ')).not.toMatch(/hits/);
  });
});
