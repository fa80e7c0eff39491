import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * Aisha (14, reads words literally) told of her cousin taking her phone and dinner money. Then she
 * asked about the answer: "why did you give me samaritans number i dont want to kill myself", "Why
 * Samaritans?", "What does worrying mean", "what is not my fault?". A question about the answer, with
 * a plain denial beside it, is no disclosure: a short true answer, no new note, the question again.
 * Wanting to die, said at all, is still heard.
 */
const standard = createWords().forMode('standard');
const AISHA = { name: 'Aisha', age: '14' };
const TOLD = 'my cousin zain lives with us and he takes my phone and my dinner money to borrow and gets angry when i say no';

let chat: Transcript | undefined;
closeAfterEach(() => chat);

/** Told at "what is important to you?", then "yes" to "are you safe right now?": the carry-on question is open. */
async function afterTheNote(): Promise<Transcript> {
  const c = await typedTo(Step.aboutMeImportant, AISHA);
  expect(saidIn(await c.say(TOLD))).toMatch(CRISIS);
  await c.say('yes');
  expect(c.step).toBe(Step.safeguardingCheck);
  return c;
}

const categories = async (c: Transcript) => (await c.draft())?.flags.map((f) => f.category);

describe('a question about the answer, with a denial beside it', () => {
  it.each(['why did you give me samaritans number i dont want to kill myself', 'why did u send me those numbers? i dont want to die', 'Why Samaritans?? im not suicidal'])(
    '%j at "carry on?": a short kind answer, no crisis answer and no new note',
    async (typed) => {
      chat = await afterTheNote();
      const before = await categories(chat);
      const said = saidIn(await chat.say(typed));
      expect(said).toMatch(/Those numbers are for anyone|I said that because/);
      expect(said).toContain(standard('safeguarding:answerQueried.glad'));
      expect(said).not.toMatch(CRISIS);
      expect(await categories(chat)).toEqual(before);
      expect(chat.step).toBe(Step.safeguardingCheck);
    },
  );

  it('at a plan question after carrying on: the same answer, nothing kept, the question again', async () => {
    chat = await afterTheNote();
    await chat.say('carry on');
    const at = chat.step;
    const said = saidIn(await chat.say('why did you give me samaritans number i dont want to kill myself'));
    expect(said).toContain(standard('safeguarding:answerQueried.glad'));
    expect(said).not.toMatch(CRISIS);
    expect(chat.step).toBe(at);
    expect(await categories(chat)).toHaveLength(1);
    expect(JSON.stringify((await chat.draft())?.aboutMe ?? {})).not.toMatch(/samaritans/i);
  });

  it.each(['i want to kill myself', 'sometimes i do want to kill myself', 'i dont want to kill myself anymore but i did last week', 'why samaritans. i want to kill myself'])(
    '%j after the note: still heard, a note of self-harm or suicide',
    async (typed) => {
      chat = await afterTheNote();
      await chat.say('carry on');
      expect(saidIn(await chat.say(typed))).toMatch(/116 123|999/);
      expect(await categories(chat)).toContain('self_harm_or_suicide');
    },
  );

  it.each(['my dad hits me', 'he touches me', 'they take my money', 'i cut myself'])('%j beside the new answer: still heard', async (typed) => {
    chat = await afterTheNote();
    await chat.say('Why Samaritans?');
    await chat.say('carry on');
    expect(saidIn(await chat.say(typed))).toMatch(CRISIS);
  });
});

describe('questions about the answer, read literally', () => {
  it.each([
    ['What does worrying mean', 'safeguarding:answerQueried.worrying'],
    ['Why Samaritans?', 'safeguarding:answerQueried.numbers'],
    ['what is not my fault?', 'safeguarding:answerQueried.notMyFault'],
    ['why is everyone telling me to call childline', 'safeguarding:answerQueried.numbers'],
  ])('%j at "carry on?": answered, and the same question again', async (typed, key) => {
    chat = await afterTheNote();
    const said = saidIn(await chat.say(typed));
    expect(said).toContain(standard(key));
    expect(said).not.toMatch(/didn't get that/);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });

  it.each([
    ['What does worrying mean', 'safeguarding:answerQueried.worrying'],
    ['what is not my fault?', 'safeguarding:answerQueried.notMyFault'],
  ])('%j at a plan question: answered, nothing kept, the question again', async (typed, key) => {
    chat = await afterTheNote();
    await chat.say('carry on');
    const at = chat.step;
    const said = saidIn(await chat.say(typed));
    expect(said).toContain(standard(key));
    expect(chat.step).toBe(at);
  });

  it('leave alone: "why do you need my age?" with no note is no worry', async () => {
    chat = await typedTo(Step.aboutMeImportant, AISHA);
    const said = saidIn(await chat.say('why do you need my age?'));
    expect(said).not.toMatch(CRISIS);
    expect(await categories(chat)).toEqual([]);
  });
});
