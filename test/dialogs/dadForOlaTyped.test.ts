import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, typedTo } from '../support/typedWay';

/*
 * A dad with English as his second language types for his daughter Ola, 7, who does not speak.
 * A question or a complaint of his is never kept as her plan's words.
 */

let chat: Transcript | undefined;
closeAfterEach(() => chat);

const OLA = { who: 'A parent or carer', name: 'Ola', age: '7' } as const;
const ABOUT_OLA = {
  [Step.aboutMeStrengths]: 'She is very good with puzzles and she is funny',
  [Step.aboutMeImportant]: 'Her mama and me, her cat, her routine',
};

async function atSupport(): Promise<Transcript> {
  chat = await typedTo(Step.aboutMeSupport, OLA, ABOUT_OLA);
  return chat;
}

describe('a dad asks what a question means', () => {
  it('"What do you mean, what works? Sorry I am not sure I understand the question" is explained, kept nowhere, asked again', async () => {
    const c = await atSupport();
    const said = saidIn(await c.say('What do you mean, what works? Sorry I am not sure I understand the question'));
    expect(said).toMatch(/for example/i);
    expect(said).not.toMatch(/thank you/i);
    expect(c.step).toBe(Step.aboutMeSupport);
    expect((await c.draft())!.aboutMe.support).toEqual([]);
  });
});

const LATE_HELP = 'Wait, I did not answer yet what helps. What helps is: show her pictures, she understands pictures better than words. Speak short and slow, give her time';

describe('a dad answers "what helps" later, at the hopes', () => {
  it('is kept as how best to support Ola, said so, and the hopes asked again', async () => {
    chat = await typedTo(Step.hopesDream, OLA, ABOUT_OLA);
    const said = saidIn(await chat.say(LATE_HELP));
    expect(said).toMatch(/About me/);
    expect(chat.step).toBe(Step.hopesDream);
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toEqual([]);
    expect(draft.aboutMe.support.join(' ')).toMatch(/^Give me time to answer .*show her pictures.*give her time$/i);
    expect(draft.aboutMe.support.join(' ')).not.toMatch(/did not answer/i);
  });

  it('a harm told in the same shape still reaches the safety check', async () => {
    chat = await typedTo(Step.hopesDream, OLA, ABOUT_OLA);
    await chat.say('Wait, I did not answer yet what helps. What helps is nothing, her uncle hits her when I am at work');
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});

describe('a dad says the hopes just kept are what helps', () => {
  const COMPLAINT = "No that's wrong. These are not hopes. This is what helps her. Please put it in the what helps question";

  it('the hopes just kept go to how best to support Ola, and the complaint is kept nowhere', async () => {
    chat = await typedTo(Step.hopesDream, OLA, ABOUT_OLA);
    await chat.say('She needs pictures to understand, and people who speak short and slow');
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(hopes.length).toBeGreaterThan(0);
    const said = saidIn(await chat.say(COMPLAINT));
    expect(said).toMatch(/About me/);
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toEqual([]);
    expect(draft.aboutMe.support.slice(1)).toEqual(hopes);
    expect(JSON.stringify(draft)).not.toMatch(/not hopes/i);
  });

  it('said with pauses ("…") between the sentences, the hopes still go to how best to support Ola', async () => {
    chat = await typedTo(Step.hopesDream, OLA, ABOUT_OLA);
    await chat.say('She needs pictures to understand, and people who speak short and slow');
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(saidIn(await chat.say("No that's wrong… These are not hopes… This is what helps her"))).toMatch(/About me/);
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toEqual([]);
    expect(draft.aboutMe.support.slice(1)).toEqual(hopes);
  });

  it('a harm told beside it still reaches the safety check', async () => {
    chat = await typedTo(Step.hopesDream, OLA, ABOUT_OLA);
    await chat.say('She can go to the swimming pool');
    await chat.say('These are not hopes. This is what helps her. Her uncle hits her');
    expect(chat.step).toBe(Step.safeguardingCheck);
  });

  it('with pauses, a harm told beside it still reaches the safety check', async () => {
    chat = await typedTo(Step.hopesDream, OLA, ABOUT_OLA);
    await chat.say('She can go to the swimming pool');
    await chat.say('These are not hopes… This is what helps her… Her uncle hits her');
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});

describe('a dad asks to see what has been written', () => {
  it('"I am confused. Can I see what you have written please?" shows the plan so far, and the question is asked again', async () => {
    chat = await typedTo(Step.hopesDream, OLA, ABOUT_OLA);
    await chat.say('She can go to the swimming pool');
    const step = chat.step;
    const replies = await chat.say('I am confused. Can I see what you have written please?');
    expect(replies.some((r) => r.attachments?.some((a) => a.contentType === 'application/vnd.outcomes.draft+json'))).toBe(true);
    expect(saidIn(replies)).not.toMatch(/good question/i);
    expect(chat.step).toBe(step);
    expect(JSON.stringify(await chat.draft())).not.toMatch(/confused/i);
  });
});
