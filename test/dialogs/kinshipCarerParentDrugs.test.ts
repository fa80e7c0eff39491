import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo, typeUntil } from '../support/typedWay';

/*
 * Pat, Ellie's nan and special guardian, tells of Ellie's mum's drug use and her turning up at the house.
 * A parent's drug or alcohol misuse that reaches the child is a worry for the service's safeguarding lead:
 * a note (category other), the answer for a carer who is keeping the child safe, never kept as plan content.
 */

const PAT = { who: 'A parent or carer', name: 'Ellie', age: '6' } as const;
const KERRY =
  'me mainly i think, she needs to know where i am all the time, and her routine... her mum is my daughter Kerry but she has problems with drugs and she turns up at the house sometimes out of nowhere and Ellie gets ever so upset after, wets the bed more and wont settle';
const DOORSTEP = 'when her mum turns up unannounced she goes backwards with everything... last time Kerry came she was shouting on the doorstep and Ellie saw it all';

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe("a carer tells of the child's parent's drug or drink use", () => {
  it.each([
    KERRY,
    'his dad is on drugs and turns up shouting',
    'her mum drinks and comes round kicking off',
    'his mum is an addict and ellie sees her when shes off her face',
    'her mum is on heroin and comes round when shes high',
    'their dad is an alcoholic and turns up drunk at ours',
    'her mums on drugs n she turns up at mine',
    'mum uses drugs and ellie has seen her off her head',
  ])('%j at "what is important": a note (other), the answer for a carer, not kept', async (typed) => {
    chat = await typedTo(Step.aboutMeImportant, PAT, {});
    const replies = saidIn(await chat.say(typed));
    expect(replies).toMatch(/0808 800 5000/);
    expect(replies).toMatch(/999/);
    expect(replies).toMatch(/right thing/);
    expect(replies).not.toMatch(/I've kept that/);
    const draft = await chat.draft();
    expect(draft?.flags.map((f) => f.category)).toEqual(['other']);
    expect(draft?.aboutMe.important ?? []).toEqual([]);
  });

  it('the doorstep shouting Ellie saw, told later at the needs questions, joins the note', async () => {
    chat = await typedTo(Step.aboutMeImportant, PAT, {});
    await chat.say(KERRY);
    const draft = await chat.draft();
    expect(draft?.flags).toHaveLength(1);
    await typeUntil(chat, Step.needsMore, {
      [Step.safeguardingCheck]: ['yes we are safe', 'carry on'],
      [Step.aboutMeImportant]: 'her routine and knowing where i am',
      [Step.aboutMeSupport]: 'keep to her routine and tell her what is happening next',
      [Step.hopesDream]: 'to make friends at school',
      [Step.hopesMore]: 'no',
      [Step.hopesTheme]: ['no', 'no', 'no', 'no'],
      [Step.needsBarrier]: 'she gets very anxious with new people',
      [Step.needsHelps]: 'a quiet space at playtime',
    });
    const replies = saidIn(await chat.say(DOORSTEP));
    expect(replies).toMatch(/added it to the note/);
    const draft2 = await chat.draft();
    expect(draft2?.flags).toHaveLength(1);
    expect(JSON.stringify(draft2?.needs)).not.toMatch(/doorstep/);
    expect(chat.step).toBe(Step.needsMore);
  });

  it('leave alone: after that note, "she gets shy and quiet with other children" is an answer', async () => {
    chat = await typedTo(Step.aboutMeImportant, PAT, {});
    await chat.say(KERRY);
    await typeUntil(chat, Step.needsBarrier, {
      [Step.safeguardingCheck]: ['yes we are safe', 'carry on'],
      [Step.aboutMeImportant]: 'her routine and knowing where i am',
      [Step.aboutMeSupport]: 'keep to her routine and tell her what is happening next',
      [Step.hopesDream]: 'to make friends at school',
      [Step.hopesMore]: 'no',
      [Step.hopesTheme]: ['no', 'no', 'no', 'no'],
    });
    const replies = saidIn(await chat.say('she gets shy and quiet with other children'));
    expect(replies).not.toMatch(/added it to the note/);
  });

  it.each([
    'her mum is my daughter, she lives in Leeds now',
    'she takes her tablets with her tea',
    'her dad likes a drink at christmas',
    'she loves going to see her mum on saturdays',
  ])('leave alone: %j', async (typed) => {
    chat = await typedTo(Step.aboutMeImportant, PAT, {});
    const replies = saidIn(await chat.say(typed));
    expect(replies).not.toMatch(/0808 800 5000/);
    expect((await chat.draft())?.flags).toEqual([]);
  });
});
