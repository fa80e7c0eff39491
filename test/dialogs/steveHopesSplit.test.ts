import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, typedTo, typeUntil } from '../support/typedWay';

/*
 * Steve, 41, types short blunt sentences about Maisie (9). Two hopes kept as one are cut in two
 * when he says so, and nothing he said about Maisie earlier is changed; three short sentences at
 * the hopes question are three hopes.
 */

const ABOUT_MAISIE = {
  [Step.aboutMeStrengths]: 'she is funny and kind',
  [Step.aboutMeImportant]: 'our dog biscuit and her ipad',
  [Step.aboutMeSupport]: 'give her time and show her pictures',
};

async function atHopes(): Promise<Transcript> {
  const chat = await typedTo(Step.aboutMeStrengths, { who: 'A parent or carer', name: 'Maisie', age: '9' });
  await typeUntil(chat, Step.hopesDream, ABOUT_MAISIE);
  return chat;
}

describe('Steve puts two hopes kept as one apart', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  for (const said of [
    'thats wrong. not getting excluded and having friends are 2 different things',
    'no. excluded and friends are separate',
    'those are two hopes',
    'thats 2 different hopes, not excluded and friends',
  ]) {
    it(`"${said}" cuts the hope in two and leaves about Maisie as typed`, async () => {
      chat = await atHopes();
      await chat.say('not getting excluded and having friends');
      const replies = await chat.say(said);
      const draft = (await chat.draft())!;
      expect(draft.aspirations.map((a) => a.text)).toEqual(['not getting excluded', 'having friends']);
      expect(draft.aboutMe.important).toEqual(['our dog biscuit and her ipad']);
      expect(draft.aboutMe.strengths).toEqual(['she is funny and kind']);
      expect(saidIn(replies)).not.toMatch(/changed/i);
      expect(chat.step).toBe(Step.hopesMore);
    });
  }

  it('the hope named is cut, not the newest one', async () => {
    chat = await atHopes();
    await chat.say('not getting excluded and having friends');
    await chat.say('yes');
    await chat.say('to read on her own');
    await chat.say('not getting excluded and having friends are 2 different things');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['to read on her own', 'not getting excluded', 'having friends']);
  });
});

describe('Steve types each hope as a short sentence', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  for (const [said, hopes] of [
    ['to stop getting excluded. to have friends. to be happy at school', ['to stop getting excluded', 'to have friends', 'to be happy at school']],
    ['not getting excluded. having friends. being happy at school', ['not getting excluded', 'having friends', 'being happy at school']],
    ['To stop being sent home. To have a best friend.', ['To stop being sent home', 'To have a best friend']],
  ] as const) {
    it(`"${said}" is ${hopes.length} hopes`, async () => {
      chat = await atHopes();
      await chat.say(said);
      expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(hopes);
    });
  }
});
