import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughWelcome } from './throughWelcome';

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');
const tomasz = () => throughWelcome({ who: 'A parent or carer', name: 'Tomasz', age: 'Year 6' });

describe('a hope typed at "what do people admire?" is kept for the hopes, and the question asked again kindly', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['i want him to have friends at secondary and be able to go to the shop on his own', 'to have friends at secondary'],
    ["I'd love him to have a best friend", 'to have a best friend'],
    ['my dream is for him to play football for a team', 'to play football for a team'],
    ['i hope he makes friends at big school', 'i hope he makes friends at big school'],
  ])('"%s"', async (typed, hope) => {
    chat = await tomasz();
    const replies = await chat.say(typed);
    const said = texts(replies);
    expect(said).toContain('That sounds like a hope for Tomasz');
    expect(said).toContain(hope);
    expect(said).not.toContain("That's lovely to hear");
    expect(said).toContain('For now, what do people like and admire about Tomasz?');
    expect(chat.step).toBe(Step.aboutMeStrengths);
    let draft = await chat.draft();
    expect(draft?.aboutMe.strengths).toEqual([]);
    expect(draft?.aspirations.map((a) => a.text).join(' ')).toContain(hope.replace(/^to /, ''));
    // The strengths answer is kept as one; the hopes stage starts from the hope already said.
    await chat.say('he is kind and funny');
    expect(chat.step).toBe(Step.aboutMeImportant);
    await chat.say('his lego and his cat');
    await chat.say('give him time to answer');
    if (chat.step === Step.aboutMeSafe) await chat.say('yes he does');
    expect(chat.step).toBe(Step.hopesMore);
    expect(chat.lastQuestion?.activity.text).toContain('You told me a hope for Tomasz earlier');
    draft = await chat.draft();
    expect(draft?.aboutMe.strengths).toEqual(['he is kind and funny']);
    await chat.say('yes, to go swimming on his own');
    expect((await chat.draft())?.aspirations.length).toBeGreaterThanOrEqual(2);
  });

  it('a strength typed at "how can people support him?" is kept as a strength, and support asked again', async () => {
    chat = await tomasz();
    await chat.say('he is brilliant at lego');
    await chat.say('his family');
    for (const typed of ["he's kind and funny, really good with little kids", 'she is so caring']) {
      const replies = await chat.say(typed);
      expect(texts(replies)).toContain('That sounds like something people like about Tomasz');
      expect(chat.step).toBe(Step.aboutMeSupport);
      expect(chat.lastQuestion?.activity.text).toContain('And how can people support Tomasz best?');
    }
    await chat.say('give him time and warn him before changes');
    const draft = await chat.draft();
    expect(draft?.aboutMe.strengths).toEqual(['he is brilliant at lego', "he's kind and funny, really good with little kids", 'she is so caring']);
    expect(draft?.aboutMe.support).toEqual(['give him time and warn him before changes']);
  });

  it('answers that fit their question are kept there as before', async () => {
    chat = await tomasz();
    await chat.say('he is kind and funny');
    await chat.say('he loves lego');
    await chat.say('he needs time and a calm voice, he is kind but gets upset');
    const draft = await chat.draft();
    expect(draft?.aboutMe).toEqual({ strengths: ['he is kind and funny'], important: ['he loves lego'], support: ['he needs time and a calm voice, he is kind but gets upset'] });
    expect(draft?.aspirations).toEqual([]);
  });

  it('"I won\'t be here forever and I worry who will look after him" at support is heard as an important worry, not kept, and support asked again', async () => {
    chat = await tomasz();
    await chat.say('he is kind and funny');
    await chat.say('his lego and his cat');
    expect(chat.step).toBe(Step.aboutMeSupport);
    const replies = await chat.say("I won't be here forever and I worry who will look after him");
    const said = texts(replies);
    expect(said).toContain('That is an important worry. The plan can help with it later');
    expect(said).toContain('And how can people support Tomasz best?');
    expect(chat.step).toBe(Step.aboutMeSupport);
    const draft = await chat.draft();
    expect(draft?.aboutMe.support).toEqual([]);
    expect(draft?.aspirations).toEqual([]);
    expect(draft?.flags).toEqual([]);
    await chat.say('give him time to answer');
    expect((await chat.draft())?.aboutMe.support).toEqual(['give him time to answer']);
  });

  // A fact about their life (where they live, who with) is not a strength: it is not kept as one,
  // and what they are good at is asked again, kindly, in both registers.
  it.each([
    ['Standard words', 'i live in a supported flat', /where you live/, /what do people like and admire about you/i],
    ['Easy read', 'i live with my nan', /where you live/, /what do people like about you/i],
  ] as const)('%s: "%s" at "what do people like about you?" is not kept as a strength', async (mode, typed, heard, again) => {
    chat = await throughWelcome({ mode, who: 'Me, about myself', name: 'Jay', age: '21' });
    expect(chat.step).toBe(Step.aboutMeStrengths);
    const said = texts(await chat.say(typed));
    expect(said).toMatch(heard);
    expect(said).toMatch(again);
    expect(chat.step).toBe(Step.aboutMeStrengths);
    expect((await chat.draft())?.aboutMe.strengths).toEqual([]);
    await chat.say('im good at fixing bikes');
    expect((await chat.draft())?.aboutMe.strengths).toEqual(['im good at fixing bikes']);
  });
});
