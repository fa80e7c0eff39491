import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/** A parent of Tomasz (Year 6) who has given one hope and is asked for another. */
async function atAnotherHope(): Promise<Transcript> {
  const chat = await throughWelcome({ who: 'A parent or carer', name: 'Tomasz', age: 'Year 6' });
  await throughAboutMe(chat);
  await chat.say('he wants to be a footballer or a vet');
  expect(chat.step).toBe(Step.hopesMore);
  return chat;
}

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('hard things typed at a hopes question are kept as needs, never as hopes', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'hes autistic and gets really anxious when things change, and he cant read well',
    'he is autistic',
    'she has ADHD and struggles with maths',
    'he struggles with reading and with change',
    'gets really anxious when things change',
    'he finds reading really hard',
  ])('"%s" at "another hope?" is kept as what is hard, and the question asked again', async (typed) => {
    chat = await atAnotherHope();
    const replies = await chat.say(typed);
    expect(texts(replies)).toContain("I've kept it with the hard things, not as a hope");
    expect(texts(replies)).not.toContain('hopes for Tomasz is');
    expect(chat.step).toBe(Step.hopesMore);
    const draft = await chat.draft();
    expect(draft?.aspirations.map((a) => a.text)).toEqual(['he wants to be a footballer or a vet']);
    expect(draft?.needs.map((n) => n.text).join(' ')).toContain(typed.split(' ').at(-1));
  });

  it('a hope with a difficulty beside it is still a hope', async () => {
    chat = await atAnotherHope();
    await chat.say('he wants to have friends at secondary but he struggles to talk to new people');
    expect((await chat.draft())?.aspirations).toHaveLength(2);
  });

  it('"is autistic" at the first hopes question is asked about kindly, and kept as a need after "nothing"', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Tomasz', age: 'Year 6' });
    await throughAboutMe(chat);
    const replies = await chat.say('hes autistic and gets really anxious when things change');
    expect(texts(replies)).toContain('That sounds hard');
    expect(chat.step).toBe(Step.hopesDream);
    const after = await chat.say('nothing');
    expect(texts(after)).toContain("I've kept it with the hard things");
    const draft = await chat.draft();
    expect(draft?.aspirations).toEqual([]);
    expect(draft?.needs.map((n) => n.text).join(' ')).toContain('really anxious when things change');
  });
});

// "dunno. i dont like busy places" at the open dream: not knowing, then a dislike. Nothing there is a hope.
describe('"dunno" and a hard thing at the first hopes question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['dunno. i dont like busy places', 'idk, i hate loud places', 'not sure. i dont like crowds'])(
    '"%s" keeps no hope: the hard thing is noted and the hopes question asked again, more simply, with examples',
    async (typed) => {
      chat = await throughWelcome({ name: 'Sam', age: '15' });
      await throughAboutMe(chat);
      expect(chat.step).toBe(Step.hopesDream);
      const replies = await chat.say(typed);
      expect(chat.step).toBe(Step.hopesDream);
      expect(texts(replies)).toMatch(/keep "i (?:dont|hate)[^"]*" in mind/i);
      expect(texts(replies)).toMatch(/For example/);
      expect((await chat.draft())?.aspirations).toEqual([]);
      // The hope said next is kept, and the hard thing with it as a need of that hope.
      await chat.say('work with animals');
      const draft = (await chat.draft())!;
      expect(draft.aspirations.map((a) => a.text)).toEqual(['work with animals']);
      const need = draft.needs.find((n) => /busy places|loud places|crowds/.test(n.text));
      expect(need?.text).not.toMatch(/dunno|idk|not sure/);
      expect(need?.aspirationIds).toEqual([draft.aspirations[0]!.id]);
    },
  );
});
