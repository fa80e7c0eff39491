import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Amira, 12, has selective mutism: she cannot phone anyone. After she tells of someone online asking for
 * pictures, the help she hears leads with ways that need no talking, and the chat remembers it. Saying she
 * may tell her mum at "are you safe right now?" is met warmly, never with "call 999 now".
 */

const std = createWords().forMode('standard');
const TOLD = 'theres this person i met in the game who keeps asking me for pictures of me. he says im really mature for my age';
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function amira(): Promise<Transcript> {
  ({ chat } = await startWith({ today: '2026-12-07', name: 'Amira', age: 12, schoolYear: 7, hopes: [], at: () => ({ stage: 'aboutMe', step: Step.aboutMeSafe }) }));
  return chat;
}

describe('help for a child who cannot phone, and telling mum', () => {
  it('"i cant phone ppl tho. i dont talk" gets the ways that need no talking, writing it down among them', async () => {
    const c = await amira();
    await c.say(`not always. ${TOLD}`);
    const reply = saidIn(await c.say('i cant phone ppl tho. i dont talk'));
    expect(reply).toContain('childline.org.uk');
    expect(reply).toContain('85258');
    expect(reply).toMatch(/write it down/);
    expect(reply).not.toContain('0800 1111');
    expect(c.step).toBe(Step.safeguardingCheck);
  });

  for (const typed of ["yes. i think. maybe i'll tell mum", 'im going to tell my teacher tomorrow', 'i might talk to my nan']) {
    it(`"${typed}" at "are you safe right now?" is met warmly, never with "call 999 now"`, async () => {
      const c = await amira();
      await c.say(`not always. ${TOLD}`);
      const reply = saidIn(await c.say(typed));
      expect(reply).toMatch(/Telling your (mum|teacher|nan) is a really good idea/);
      expect(reply).not.toContain(std('safeguarding:urgent'));
    });
  }

  it('once she said she cannot phone, "no" to "are you safe right now?" leads with ways that need no voice call', async () => {
    const c = await amira();
    await c.say(`not always. ${TOLD}`);
    await c.say('i cant phone ppl tho. i dont talk');
    const reply = saidIn(await c.say('no'));
    expect(reply).toContain(std('safeguarding:urgentNoVoice'));
    expect(reply).not.toContain(std('safeguarding:urgent'));
  });

  it('"i wont tell my mum" is no such good news', async () => {
    const c = await amira();
    await c.say(`not always. ${TOLD}`);
    const reply = saidIn(await c.say('no. i wont tell my mum'));
    expect(reply).not.toMatch(/really good idea/);
  });
});

describe('telling someone beside danger', () => {
  it('"hes outside my house. im gonna tell my dad" is never met with only "a really good idea"', async () => {
    const c = await amira();
    await c.say(`not always. ${TOLD}`);
    const reply = saidIn(await c.say('hes outside my house. im gonna tell my dad'));
    expect(reply).not.toMatch(/really good idea/);
  });
});
