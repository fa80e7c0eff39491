import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith, type SeedHope } from './journeySeed';

/* A sentence that already says who will do it ("i will rite ...", "Jayden will ...") is read back, never met with "start with I will". */

const said = (replies: { text?: string }[]) => replies.map((a) => a.text ?? '').join('\n');
const SAY_IT = /Start with "/;
const STORIES: SeedHope = { text: 'make up stories', theme: 'friends_and_community', needs: ['writing is hard for me'] };
const CALM: SeedHope = { text: 'stay calm at school', theme: 'health_and_wellbeing', needs: ['he gets angry quickly'] };
const UNI: SeedHope = { text: 'go to university', theme: 'learning_and_work', needs: ['i fall behind with coursework'] };

describe('an outcome typed with who will do it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  /** Up to the read-back, then "no": the bot asks them to type it their way. */
  async function toRewording(step: string): Promise<void> {
    await chat.say(step);
    await chat.say('in a year');
    await chat.say('my teacher will tell me');
    for (let i = 0; i < 4 && chat.step !== Step.outcomeConfirm; i++) await chat.say('skip');
    await chat.say('no');
  }

  it('"i will rite lego storys" with a misspelt verb is read back, not asked again', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 10, schoolYear: 5, name: 'Noah', hopes: [STORIES] }));
    await toRewording('write stories');
    const reply = said(await chat.say('i will rite lego storys'));
    expect(reply).not.toMatch(SAY_IT);
    expect(reply).toMatch(/I will rite lego storys\./);
  });

  it('a date before "I will" is taken as the date', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 17, schoolYear: 12, name: 'Ravi', hopes: [UNI] }));
    await toRewording('hand in coursework on time');
    const reply = said(await chat.say('By the end of Year 13, I will hand in all my coursework on time'));
    expect(reply).not.toMatch(SAY_IT);
    expect(reply).toMatch(/By the end of Year 13, I will hand in all my coursework on time\./);
  });

  it('a carer writing "Jayden will ..." is read back, and is never told to start with "I will"', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Jayden', age: 9, schoolYear: 4 }, [CALM])));
    await toRewording('use his time out card');
    const reply = said(await chat.say('Jayden will use his time out card when he feels angry'));
    expect(reply).toMatch(/Jayden will use his time out card when he feels angry\./);
    expect(reply).not.toMatch(/I will/);
  });
});

describe('a carer asking for the name in place of "They"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"They will use his time out card" reads back with the name, and "put Jayden instead of They" adds nothing on', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Jayden', age: 9, schoolYear: 4 }, [CALM])));
    await chat.say('They will use his time out card');
    await chat.say('in a year');
    await chat.say('his teacher will tell me');
    let replies = [] as { text?: string }[];
    for (let i = 0; i < 4 && chat.step !== Step.outcomeConfirm; i++) replies = await chat.say('skip');
    expect(said(replies)).toMatch(/Jayden will use his time out card\./);
    const reply = said(await chat.say('can you put Jayden instead of They'));
    expect(reply).toMatch(/Jayden will use his time out card\./);
    expect(reply).not.toMatch(/instead of/);
  });
});
