import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * Kayleigh, 20, easy read: "my boyfriend jay" at what matters, then signs of his control across the chat.
 */

const KAYLEIGH = { mode: 'Easy read', name: 'Kayleigh', age: '20' } as const;

describe('a young adult told of her own partner controlling her', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  async function toldOfJay(): Promise<Transcript> {
    const c = await typedTo(Step.aboutMeSupport, KAYLEIGH, { [Step.aboutMeImportant]: 'my boyfriend jay is important to me' });
    return c;
  }

  it('one sign by name is asked after; the second is the full answer with the domestic abuse line and no Childline for her', async () => {
    chat = await toldOfJay();
    await chat.say('jay checks my fone every nite');
    expect(chat.step).toBe(Step.safeguardingCheck);
    await chat.say('yeah im ok');
    const replies = saidIn(await chat.say('he keeps my benefits to look after it for me'));
    expect(replies).toMatch(CRISIS);
    expect(replies).toContain('0808 2000 247');
    expect(replies).not.toMatch(/Childline is for people under 19/);
    expect((await chat.draft())?.flags.map((f) => f.category)).toContain('domestic_abuse');
  });

  it('after the answer, "is jay in trubble?? please dont tell him i said" is answered kindly, and "hes at work" is not safe', async () => {
    chat = await toldOfJay();
    await chat.say('jay checks my fone every nite and keeps my bank card');
    const told = saidIn(await chat.say('is jay in trubble?? please dont tell him i said'));
    expect(told).toMatch(/I will not tell Jay/);
    expect(told).toMatch(/think about how to keep you safe/);
    expect(told).toMatch(/I cannot say what will happen to Jay/);
    expect(saidIn(await chat.say('will he find out'))).toMatch(/I will not tell him/);
    const safe = saidIn(await chat.say('yes im safe. hes at work'));
    expect(safe).toMatch(/when he is home too/);
    expect(safe).not.toMatch(/^Good/);
  });

  it('look-alikes stay quiet', async () => {
    chat = await typedTo(Step.aboutMeSupport, KAYLEIGH, { [Step.aboutMeImportant]: 'my boyfriend jay is important to me' });
    await chat.say('my boyfriend looks after the money for our holiday, we both put in');
    await chat.say('my girlfriend checks my spelling on my phone');
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags).toEqual([]);
  });
});

describe('"will jay see this? he looks at my fone"', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  it('is answered honestly, with a tip, and the offer to take his name out', async () => {
    chat = await typedTo(Step.aboutMeSupport, KAYLEIGH, { [Step.aboutMeImportant]: 'my boyfriend jay is important to me' });
    await chat.say('jay checks my fone every nite and keeps my bank card');
    await chat.say('yes');
    await chat.say('carry on');
    const said = saidIn(await chat.say('will jay see this? he looks at my fone'));
    expect(said).toMatch(/Anyone who uses your phone could see it/);
    expect(said).not.toMatch(/show it to anyone/);
    expect(said).toMatch(/take Jay out/);
    expect(saidIn(await chat.say('take jay out'))).toMatch(/I have taken Jay out of your plan/);
  });
});
