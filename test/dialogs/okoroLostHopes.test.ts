import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { parentSeed, startWith } from './journeySeed';
import { saysHopesLost } from '../../src/language/hopeMissed';

/*
 * Mr Okoro (English his second language) at the needs: "Stop please. You lost my hopes" stopped the
 * session with a resume code. It is a complaint: the bot says sorry, reads back the hopes it kept and
 * asks which is missing; the hope he types next is kept, then the needs question comes back.
 * "stop" or "stop please" alone still stops.
 */

const HOPES = [
  { text: 'Daniel will make friends', theme: 'friends_and_community' as const, needs: [] },
  { text: 'Daniel will read a book', theme: 'learning_and_work' as const, needs: [] },
];
const okoro = parentSeed({ name: 'Daniel', age: 9, schoolYear: 4 }, HOPES, {
  at: (d) => ({ stage: 'needs' as const, step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
});

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const COMPLAINTS = [
  'Stop please. You lost my hopes',
  'wait you forgot my other hope',
  'where is my other hope',
  'you lost what i said',
  'u lost my hope',
  'you have forget my hopes',
  'where did my other hope go',
  'his other hope is missing',
  'stop. where did his other hope go?',
];

describe('a complaint that hopes were lost, read', () => {
  it.each(COMPLAINTS)('"%s" says a hope was missed', (said) => expect(saysHopesLost(said)).toBe(true));
  it.each(['i lost my hope of him ever talking', 'he lost his coat', 'where is the toilet', 'stop please', 'you forgot to ask about school but thats ok', 'he forgets what i said', 'my hope is gone', 'where is his school', 'that is not my problem', 'i lost my hope', 'where is my hope of him ever talking', 'you forgot one'])(
    '"%s" does not',
    (said) => expect(saysHopesLost(said)).toBe(false),
  );
});

describe('Mr Okoro at "what makes this hard?"', () => {
  it.each(COMPLAINTS)('"%s": sorry, the hopes kept read back, no stop, nothing kept; the hope typed next is kept', async (typed) => {
    const started = await startWith(okoro);
    chat = started.chat;
    const replies = await chat.say(typed);
    expect(replies.some((r) => r.channelData?.outcomes?.resumeCode)).toBe(false);
    expect(saidIn(replies)).toMatch(/Sorry/);
    expect(saidIn(replies)).toMatch(/make friends/);
    expect(saidIn(replies)).toMatch(/read a book/);
    const after = (await chat.draft())!;
    expect(after.aspirations).toEqual(started.seeded.aspirations);
    expect(after.needs).toEqual(started.seeded.needs);
    await chat.say('Daniel will swim 25 metres');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toContain('Daniel will swim 25 metres');
    expect(chat.step?.startsWith('needs.')).toBe(true);
  });

  it('"where is my hope about swimming": sorry, the hopes kept read back, and how to add it; "add it now" then keeps it', async () => {
    chat = (await startWith(okoro)).chat;
    const replies = await chat.say('where is my hope about swimming');
    expect(replies.some((r) => r.channelData?.outcomes?.resumeCode)).toBe(false);
    expect(saidIn(replies)).toMatch(/Sorry/);
    expect(saidIn(replies)).toMatch(/make friends/);
    expect((await chat.draft())!.needs).toHaveLength(0);
    await chat.say('add it now');
    await chat.say('Daniel will swim 25 metres');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toContain('Daniel will swim 25 metres');
  });

  it('"stop, that is not my hope": sorry, no stop, nothing kept', async () => {
    const started = await startWith(okoro);
    chat = started.chat;
    const replies = await chat.say('stop, that is not my hope');
    expect(replies.some((r) => r.channelData?.outcomes?.resumeCode)).toBe(false);
    expect(saidIn(replies)).toMatch(/Sorry/);
    expect((await chat.draft())!).toEqual(expect.objectContaining({ aspirations: started.seeded.aspirations, needs: started.seeded.needs }));
  });

  it.each(['no they are all there', 'nothing is missing', 'no, you have them all', 'no'])('after the hopes are read back, "%s" goes back to the needs question, nothing kept', async (typed) => {
    const started = await startWith(okoro);
    chat = started.chat;
    await chat.say('Stop please. You lost my hopes');
    await chat.say(typed);
    expect(chat.step).toBe(Step.needsBarrier);
    const after = (await chat.draft())!;
    expect(after.aspirations).toEqual(started.seeded.aspirations);
    expect(after.needs).toEqual(started.seeded.needs);
  });

  it.each(['stop', 'stop please', 'Stop please.'])('"%s" alone still stops with a resume code', async (typed) => {
    chat = (await startWith(okoro)).chat;
    const replies = await chat.say(typed);
    expect(replies.some((r) => r.channelData?.outcomes?.resumeCode)).toBe(true);
  });
});
