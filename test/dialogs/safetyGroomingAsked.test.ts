import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Amira is 12, in Year 7, and has selective mutism. Someone she met in an online game keeps asking her
 * for pictures and says she is mature for her age. She tells the bot at "Do you feel safe?" and then asks,
 * again and again, whether it is bad and whether she should send them. Every such question gets the plain
 * answer (it is not OK, do not send any, not your fault, keep the messages, tell an adult, report online),
 * is added to the note, and is never read as "carry on" nor kept in her plan.
 */

const std = createWords().forMode('standard');
const easy = createWords().forMode('easy_read');
const TOLD = 'yeah mostly. theres this person i met in the game who keeps asking me for pictures of me. he says im really mature for my age. idk if thats bad 🤔';
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function amira(mode: 'standard' | 'easy_read' = 'standard'): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-07',
    name: 'Amira',
    age: 12,
    schoolYear: 7,
    hopes: [{ text: 'to be an artist', theme: 'learning_and_work', needs: [] }],
    at: () => ({ stage: 'aboutMe', step: Step.aboutMeSafe }),
    journey: { mode },
  }));
  return chat;
}

const planWords = async (c: Transcript): Promise<string> => JSON.stringify({ a: (await c.draft())?.aspirations, n: (await c.draft())?.needs, m: (await c.draft())?.aboutMe });

describe('a child asks what to do about someone online asking for pictures', () => {
  it('"idk if thats bad" in the first message is answered plainly, beside the usual help', async () => {
    const c = await amira();
    const reply = saidIn(await c.say(TOLD));
    expect(reply).toContain(std('safeguarding:grooming.notOk'));
    expect(reply).toContain('ceop.police.uk');
    expect((await c.draft())?.flags.map((f) => f.category)).toEqual(['sexual_abuse']);
    expect(c.step).toBe(Step.safeguardingCheck);
  });

  it('"yes im safe. but is it bad tho?" at "are you safe right now?" is answered, not only "glad you are safe"', async () => {
    const c = await amira();
    await c.say(TOLD);
    const reply = saidIn(await c.say("yes im safe. but is it bad tho? he's nice to me"));
    expect(reply).toContain(std('safeguarding:grooming.notOk'));
    expect(reply).toContain(std('safeguarding:grooming.keep'));
  });

  it('"u didnt say if its bad. should i send them? 😕" at "carry on?" is answered and never read as carry on', async () => {
    const c = await amira();
    await c.say(TOLD);
    await c.say('yes im safe');
    const reply = saidIn(await c.say('u didnt say if its bad. should i send them? 😕'));
    expect(reply).toContain(std('safeguarding:grooming.notOk'));
    expect(reply).not.toContain(std('safeguarding:backTo'));
    expect(c.step).toBe(Step.safeguardingCheck);
  });

  it('after carrying on, "wait. i asked if i should send the pictures" and "what do i say to him" get the answer, added to the note, not the plan', async () => {
    const c = await amira();
    await c.say(TOLD);
    await c.say('yes im safe');
    await c.say('carry on');
    const at = c.step;
    for (const typed of ['wait. i asked if i should send the pictures', 'the game person just messaged again asking for a pic. what do i say to him', "he's waiting", 'will i get in trouble?']) {
      const reply = saidIn(await c.say(typed));
      expect(reply, typed).toContain(std('safeguarding:grooming.notOk'));
      expect(reply, typed).toContain(std('safeguarding:grooming.questionNoted'));
      expect(c.step, typed).toBe(at);
    }
    expect(await planWords(c)).not.toMatch(/pic|send|waiting|trouble/);
    expect((await c.draft())?.flags.map((f) => f.category)).toEqual(['sexual_abuse']);
  });

  it('in easy read the same answer comes in easy words', async () => {
    const c = await amira('easy_read');
    await c.say(TOLD);
    const reply = saidIn(await c.say('is that wrong?'));
    expect(reply).toContain(easy('safeguarding:grooming.notOk'));
    expect(reply).toContain(easy('safeguarding:grooming.report'));
  });

  it('without a note about pictures, "is it bad if i dont have a dream" at the hopes is no such question', async () => {
    ({ chat } = await startWith({ today: '2026-12-07', name: 'Amira', age: 12, schoolYear: 7, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
    const reply = saidIn(await chat.say('is it bad if i dont have a dream'));
    expect(reply).not.toContain(std('safeguarding:grooming.notOk'));
  });
});
