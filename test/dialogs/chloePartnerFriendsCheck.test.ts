import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, typedTo } from '../support/typedWay';

/*
 * Chloe, 24, easy read: "my boyfrend mark. and my frends but mark dont like me seeing them much", then "ya im ok" at
 * the check. A partner keeping her from friends is never met with "Good.": a kind word, and where to get help.
 */

const CHLOE = { mode: 'Easy read', name: 'Chloe', age: '24' } as const;

describe("OK said after a partner's control of seeing friends", () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  it.each([
    'my boyfrend mark. and my frends but mark dont like me seeing them much',
    'my boyfriend mark and my mates but mark doesnt like me going out with them',
    'my partner sam. my friends too but sam doesnt want me to see them',
  ])('"%s" then "ya im ok" is not met with "Good."', async (words) => {
    chat = await typedTo(Step.aboutMeImportant, CHLOE);
    await chat.say(words);
    expect(chat.step).toBe(Step.safeguardingCheck);
    const replies = saidIn(await chat.say('ya im ok. he is nice really he just worrys about me'));
    expect(replies).not.toMatch(/\bGood\b/);
    expect(replies).toMatch(/should not stop you seeing friends/);
  });
});

describe('shouted at for coming back late from a friend', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  it('after a friend kept away, "mark shouts if im late back from seeing jess" gets the domestic abuse helpline the first time', async () => {
    chat = await typedTo(Step.aboutMeImportant, CHLOE);
    await chat.say('my boyfrend mark. and my frends but mark dont like me seeing them much');
    await chat.say('ya im ok. mark is nice really he just worrys about me');
    const replies = saidIn(await chat.say('sometimes mark shouts if im late back from seeing jess but thats just him'));
    expect(replies).toContain('0808 2000 247');
  });
});

describe('her card held by her boyfriend', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  it.each(['my boyfriend has my bank card and gives me money', 'my boyfrend keeps my bank card'])('"%s" says boyfriend, not friend, with the domestic abuse helpline', async (words) => {
    chat = await typedTo(Step.aboutMeSupport, CHLOE, { [Step.aboutMeImportant]: 'my music' });
    const replies = saidIn(await chat.say(words));
    expect(replies).not.toMatch(/Even a friend/);
    if (/Your bank card is yours/.test(replies)) {
      expect(replies).toMatch(/boyfriend or girlfriend should not keep your card/);
      expect(replies).toContain('0808 2000 247');
    }
  });
});
