import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typedTo, type Typed } from '../support/typedWay';

/*
 * Gemma at "how can people support Alfie best?": "using makaton with him def, and pictures, he needs
 * things shown not just said lol". "not just said" is "not only said", never a story of something
 * that just happened: the help with communication is kept.
 */

const GEMMA = { who: 'A parent or carer', name: 'Alfie', age: '4' } as const;
const TO_SUPPORT: Typed = {
  [Step.welcomeAge]: ['4', 'nursery'],
  [Step.aboutMeStrengths]: 'everyone says hes so cheeky and loving lol, he gives the best cuddles',
  [Step.aboutMeImportant]: 'his big sister maisie, peppa pig and the swings at the park',
};

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('Gemma says how people can help Alfie', () => {
  it('"...he needs things shown not just said lol": kept as how to support him, and the chat moves on', async () => {
    chat = await typedTo(Step.aboutMeSupport, GEMMA, TO_SUPPORT);
    await chat.say('using makaton with him def, and pictures, he needs things shown not just said lol');
    expect(chat.step).toBe(Step.hopesDream);
    const support = (await chat.draft())?.aboutMe.support ?? [];
    expect(support.join(' ')).toMatch(/makaton.*pictures.*shown not just said/);
  });

  it('leave alone: "he does best with pictures lol. my nan just made chips haha" keeps the help, not the story', async () => {
    chat = await typedTo(Step.aboutMeSupport, GEMMA, TO_SUPPORT);
    await chat.say('he does best with pictures lol. my nan just made chips haha');
    const support = (await chat.draft())?.aboutMe.support ?? [];
    expect(support.join(' ')).toMatch(/pictures/);
    expect(support.join(' ')).not.toMatch(/chips/);
  });
});
