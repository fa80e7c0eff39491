import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * Tasha, 19: she names Liam without ever saying "my boyfriend liam", and tells of his control in passing.
 */

const TASHA = { mode: 'Easy read', name: 'Tasha', age: '19' } as const;

describe('a young adult whose partner is named in other words', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  it('a sign told before we knew Liam was her partner counts once "thats liams time" says so', async () => {
    chat = await typedTo(Step.aboutMeSupport, TASHA, { [Step.aboutMeImportant]: 'my friends and my job' });
    await chat.say("liam always knows where i am anyway so i'm never on my own, he has my location on his phone");
    const replies = saidIn(await chat.say('im not allowed at weekends cos thats liams time lol. he only does it cos he loves me'));
    expect(replies).toMatch(CRISIS);
    expect(replies).toContain('0808 2000 247');
    expect((await chat.draft())?.flags.map((f) => f.category)).toContain('domestic_abuse');
  });

  it('"its not like that" at the check keeps the sign: the next one is the full answer', async () => {
    chat = await typedTo(Step.aboutMeSupport, TASHA, { [Step.aboutMeImportant]: 'liam (my bf)' });
    await chat.say("he checks my phone so he'd know if i went");
    expect(chat.step).toBe(Step.safeguardingCheck);
    await chat.say('yeah im fine?? its not like that. he only checks cos he cares');
    const replies = saidIn(await chat.say('idk if liam will let me work saturdays'));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags.map((f) => f.category)).toContain('domestic_abuse');
  });

  it('shared locations, a mum who tracks, and prom outfits stay quiet', async () => {
    chat = await typedTo(Step.aboutMeSupport, TASHA, { [Step.aboutMeImportant]: 'me and liam have been together 2 years, hes my boyfriend' });
    await chat.say('my mum has my location for safety');
    await chat.say('my bf and i share locations lol we both do');
    await chat.say('liam helped me pick my outfit for prom');
    await chat.say('he texts me goodnight');
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags).toEqual([]);
  });
});
