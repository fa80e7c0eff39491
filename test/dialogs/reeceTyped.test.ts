import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { throughWelcome } from './throughWelcome';

/*
 * What Reece (16, Year 11, autistic, blunt) typed, each in a real turn of the chat: "dont touch me" as how to
 * be helped, which is a sensory need and never a disclosure.
 */

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');
const CRISIS = /Childline|999/;

describe('Reece, typing', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['tell me before stuff changes. and dont touch me', /dont touch me/i],
    ['no touching me or crowding me, its a sensory thing', /no touching me or crowding me/i],
    ['i dont like being touched', /i dont like being touched/i],
  ])(
    '"%s" at "how can people support you best?" gets no safety answer and is kept whole',
    async (typed, kept) => {
      chat = await throughWelcome({ name: 'Reece', age: 'Year 11' });
      await chat.say('im good at video editing');
      await chat.say('my cat');
      expect(chat.step).toBe(Step.aboutMeSupport);
      const replies = await chat.say(typed);
      expect(texts(replies)).not.toMatch(CRISIS);
      expect(texts(replies)).not.toMatch(/Are you OK\?/);
      expect((await chat.draft())!.flags ?? []).toHaveLength(0);
      expect((await chat.draft())!.aboutMe.support.join(' ')).toMatch(kept);
    },
  );

  it.each(['he touches me', 'dont touch me he says but he does', 'i told him dont touch me and he still did', 'my uncle wont stop touching me', 'i keep telling him dont touch me',
    'please dont touch me daddy', 'i cry and say dont touch me', 'dont touch me like he does',
    'dont touch me. he does it every night in my room', 'no touching me, thats what i say to my stepdad every night'])(
    '"%s" at the same question still gets the full answer',
    async (typed) => {
      chat = await throughWelcome({ name: 'Reece', age: 'Year 11' });
      await chat.say('im good at video editing');
      await chat.say('my cat');
      const replies = await chat.say(typed);
      expect(texts(replies)).toMatch(CRISIS);
    },
  );
});

describe('Reece, after a note he says was a mix-up', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"carry on" after the mix-up is said carries on once, back at the question', async () => {
    chat = await throughWelcome({ name: 'Reece', age: 'Year 11' });
    await chat.say('im good at video editing');
    await chat.say('my cat');
    await chat.say('tell me before stuff changes. and he touches me');
    const mixUp = await chat.say('its a mix up. i meant i dont like being touched. delete the note');
    expect(texts(mixUp)).toMatch(/marked it as a mix-up/);
    const carried = await chat.say('carry on');
    expect(texts(carried)).not.toMatch(/carry on with your plan, or stop/);
    expect(chat.step).toBe(Step.aboutMeSupport);
  });
});

describe('Reece, at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['By easter is fine', 'by easter works', 'by easter i guess', 'by easter probably'])('"%s" is kept as "by easter", without the words around it', async (typed) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Reece', age: 16, schoolYear: 11, hopes: [{ text: 'go to college to do media', theme: 'learning_and_work', needs: [] }] }));
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say('do a voice over for a video on my own');
    const replies = await chat.say(typed);
    // A time this soon is kept as a first step; the phrase is kept in his words, shown with a capital.
    const outcome = (await chat.draft())!.outcomes[0]!;
    const phrase = outcome.timeframe?.phrase ?? outcome.steps?.[0]?.timeframe?.phrase ?? '';
    expect(phrase).toMatch(/^by easter$/i);
    expect(texts(replies)).not.toMatch(/fine|works|guess|probably/i);
  });
});

describe('Reece, blunt', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"thats a stupid question. how am i supposed to know what other people think" is a "not sure", never a check on him', async () => {
    chat = await throughWelcome({ name: 'Reece', age: 'Year 11' });
    expect(chat.step).toBe(Step.aboutMeStrengths);
    const replies = await chat.say('thats a stupid question. how am i supposed to know what other people think');
    expect(texts(replies)).not.toMatch(/Are you OK\?|sounds hard|lovely/);
    expect(texts(replies)).toMatch(/That's OK/);
    expect((await chat.draft())!.aboutMe.strengths).toEqual([]);
  });

  it('"ive done the voice over myself" at "how will everyone know?" is kept as the measure, never a check on him', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Reece', age: 16, schoolYear: 11, hopes: [{ text: 'go to college to do media', theme: 'learning_and_work', needs: [] }] }));
    await chat.say('do a voice over for a video on my own');
    await chat.say('by next summer');
    expect(chat.step).toBe(Step.outcomeMeasure);
    const replies = await chat.say('ive done the voice over myself');
    expect(texts(replies)).not.toMatch(/Are you OK\?|Childline/);
    expect((await chat.draft())!.outcomes[0]!.measure).toBe('ive done the voice over myself');
  });
});

describe('Reece, at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"yes. as long as the voice over bit is still there" is a yes; "type what?? i said yes its right" next never keeps "what"', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Reece', age: 16, schoolYear: 11, hopes: [{ text: 'go to college to do media', theme: 'learning_and_work', needs: [] }] }));
    await chat.say('do a voice over for a video on my own');
    await chat.say('by next summer');
    await chat.say('my teacher hears it');
    while (chat.step !== Step.outcomeConfirm && String(chat.step).startsWith('outcome')) await chat.say('nothing');
    expect(chat.step).toBe(Step.outcomeConfirm);
    await chat.say('yes. as long as the voice over bit is still there');
    expect((await chat.draft())!.outcomes[0]!.confirmed).toBe(true);
    const replies = await chat.say('type what?? i said yes its right');
    expect(texts(replies)).not.toMatch(/kept "what/i);
  });
});
