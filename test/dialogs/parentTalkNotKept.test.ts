import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as texts, startWith } from './journeySeed';

/** Yusuf's mum, in simple English, at a question about his hope "he make friends" with two hard things kept. */
async function atYusufs(step: StepId): Promise<Transcript> {
  const { chat } = await startWith(
    parentSeed({ name: 'Yusuf', age: 6, schoolYear: 1 }, [{ text: 'he make friends', theme: 'friends_and_community', needs: ['he has meltdown when loud', 'toilet is hard for him'] }], {
      at: (d) => ({ stage: step.startsWith('hopes') ? 'hopes' : 'needs', step, topic: d.aspirations[0]!.id }),
    }),
  );
  return chat;
}

const allWords = async (chat: Transcript) => {
  const d = await chat.draft();
  return [...(d?.needs ?? []).flatMap((n) => [n.text, ...(n.helps ?? [])]), ...(d?.aspirations ?? []).map((a) => a.text)].join(' | ');
};

describe('a parent talking about the chat at the hard-things questions: never kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const step of [Step.needsBarrier, Step.needsHelps, Step.needsMore]) {
    it(`"i look the plan. there is wrong things" at ${step} is heard as a complaint, and the question stays`, async () => {
      chat = await atYusufs(step);
      const replies = await chat.say('i look the plan. there is wrong things');
      expect(texts(replies)).toMatch(/Sorry/);
      expect(await allWords(chat)).not.toMatch(/wrong things|look the plan/);
      expect(chat.lastQuestion?.step).toBe(step);
    });

    it(`"delete the first hard thing" at ${step} takes out the first one after a yes`, async () => {
      chat = await atYusufs(step);
      const replies = await chat.say('delete the first hard thing');
      expect(texts(replies)).toContain('Shall I take out "he has meltdown when loud"?');
      await chat.say('yes please');
      const d = await chat.draft();
      expect(d?.needs.map((n) => n.text)).toEqual(['toilet is hard for him']);
      expect(await allWords(chat)).not.toMatch(/delete/);
      expect(chat.lastQuestion?.step).toBe(step);
    });
  }

  it('"delete the two hard things also" reads both back and takes both out after one yes', async () => {
    chat = await atYusufs(Step.needsHelps);
    const replies = await chat.say('delete the two hard things also');
    expect(texts(replies)).toMatch(/"he has meltdown when loud", "toilet is hard for him"/);
    expect((await chat.draft())?.needs).toHaveLength(2);
    const done = await chat.say('yes');
    expect(texts(done)).toMatch(/taken out those 2 things/);
    expect((await chat.draft())?.needs).toHaveLength(0);
  });

  it('"no" to taking both out leaves them as they were', async () => {
    chat = await atYusufs(Step.needsMore);
    await chat.say('please remove both hard things');
    await chat.say('no');
    expect((await chat.draft())?.needs).toHaveLength(2);
  });

  it('"what is meltdown in your words, you know it?" is answered, and never kept as a hard thing', async () => {
    chat = await atYusufs(Step.needsBarrier);
    const replies = await chat.say('what is meltdown in your words, you know it?');
    expect(texts(replies)).toMatch(/"meltdown" is your word/);
    expect(await allWords(chat)).not.toMatch(/your words/);
    expect(chat.lastQuestion?.step).toBe(Step.needsBarrier);
  });

  it('"why you say them? he is one boy" at what helps is answered kindly, and never kept as a help', async () => {
    chat = await atYusufs(Step.needsHelps);
    const replies = await chat.say('why you say them? he is one boy');
    expect(texts(replies)).toMatch(/just one child/);
    expect(await allWords(chat)).not.toMatch(/one boy|say them/);
    expect(chat.lastQuestion?.step).toBe(Step.needsHelps);
  });

  it('"stop. please delete that is NOT my hope" offers to take the hope out, and keeps nothing', async () => {
    chat = await atYusufs(Step.needsMore);
    const replies = await chat.say('stop. please delete that is NOT my hope');
    expect(texts(replies)).toContain('Shall I take out "he make friends"?');
    expect(await allWords(chat)).not.toMatch(/delete|NOT my hope/i);
  });
});

describe('a parent talking about the chat at the hopes questions: never kept as a hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"no no that is not a hope!! please delete that" offers to take the hope out', async () => {
    chat = await atYusufs(Step.hopesMore);
    const replies = await chat.say('no no that is not a hope!! please delete that');
    expect(texts(replies)).toContain('Shall I take out "he make friends"?');
    await chat.say('yes');
    expect((await chat.draft())?.aspirations.map((a) => a.text).join(' ')).not.toMatch(/friends|delete/);
  });

  it('"why sorry? and you cut my words... show me" is heard, and never kept as a hope', async () => {
    chat = await atYusufs(Step.hopesMore);
    await chat.say('why sorry? and you cut my words... show me');
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['he make friends']);
  });
});
