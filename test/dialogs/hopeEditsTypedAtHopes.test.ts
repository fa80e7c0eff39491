import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addAboutMe, type Draft } from '../../src/domain/draft';
import { outcomesOf, type Transcript } from '../support/transcript';
import { closeAfterEach } from '../support/typedWay';
import { startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * People who type whole chats edit their hopes at the hopes questions: "Remove hope 2.", "Change hope 1
 * to ... And delete hope 2.", "Now please change what is important to me. It should only say: ...".
 * Each is done, every part of a two-part message, and none is kept as a hope.
 */

const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');
const HOPES: SeedHope[] = [
  { text: 'travel on the train on my own', theme: 'independent_living', needs: [] },
  { text: 'get a job in a shop', theme: 'learning_and_work', needs: [] },
  { text: 'learn to cook pasta', theme: 'independent_living', needs: [] },
];
const AT_MORE: Seed = { today: '2026-12-02', who: 'self', name: 'Kai', age: 19, hopes: HOPES, at: () => ({ stage: 'hopes', step: Step.hopesMore }) };

let chat: Transcript | undefined;
closeAfterEach(() => chat);

async function hopes(): Promise<string[]> {
  return (await chat!.draft())!.aspirations.map((a) => a.text);
}

describe('edits typed at "Do you have another hope?"', () => {
  it.each(['Remove hope 2.', 'You only answered number 4. Please take out hope 2', 'delete hope 2'])('%j takes out the second hope', async (typed) => {
    ({ chat } = await startWith(AT_MORE));
    await chat.say(typed);
    const said = await chat.say('yes');
    const kept = await hopes();
    expect(kept).not.toContain('get a job in a shop');
    expect(kept.join('|')).not.toMatch(/hope 2|take out|remove/i);
    expect(texts(said)).not.toMatch(/one of your hopes is/i);
  });

  it('"Remove hope 2." at "What are your hopes and dreams?" takes it out too', async () => {
    ({ chat } = await startWith({ ...AT_MORE, at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
    await chat.say('Remove hope 2.');
    await chat.say('yes');
    expect(await hopes()).toEqual([HOPES[0]!.text, HOPES[2]!.text]);
  });

  it('"Change hope 1 to ... And delete hope 2." does both', async () => {
    ({ chat } = await startWith(AT_MORE));
    await chat.say('Change hope 1 to travel on the bus on my own. And delete hope 2.');
    await chat.say('yes');
    const kept = await hopes();
    expect(kept.join('|')).toContain('travel on the bus on my own');
    expect(kept.join('|')).not.toMatch(/delete|train/i);
    expect(kept).not.toContain('get a job in a shop');
  });

  it.each([
    ['with an answer kept there, after a yes', (d: Draft) => addAboutMe(d, 'important', 'my games console'), ['yes']],
    ['with nothing kept there yet', (d: Draft) => d, []],
  ])('"Now please change what is important to me. It should only say: ..." changes about me, %s, keeps no hope', async (_name, change, after) => {
    ({ chat } = await startWith({ ...AT_MORE, change }));
    await chat.say('Now please change what is important to me. It should only say: my dog and my family');
    for (const typed of after) await chat.say(typed);
    expect(await hopes()).toEqual(HOPES.map((h) => h.text));
    expect((await chat.draft())!.aboutMe.important).toEqual(['my dog and my family']);
    expect(chat.step).toBe(Step.hopesMore);
  });
});
