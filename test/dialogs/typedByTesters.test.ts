import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';
import { throughAboutMe, throughWelcome, TODAY } from './throughWelcome';

/* What testers typed (never tapped) and the bot got wrong; each case is typed through the real dialogs. */

describe('a name typed in lower case with the answer to who is chatting', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  async function upToWho(): Promise<void> {
    chat = await Transcript.start({ today: '2026-03-10' });
    for (const answer of ['normal words', 'yeah thats fine']) await chat.say(answer);
    expect(chat.step).toBe(Step.welcomeWho);
  }

  it.each(['me liam', 'its liam', 'im liam'])('"%s" is read as Liam: checked once in small letters, never asked for again', async (typed) => {
    await upToWho();
    await chat.say(typed);
    // A name in small letters may be a word, so it is checked ("Shall I call you Liam?"), as "im jade" is.
    expect(chat.step).toBe(Step.welcomeName);
    expect(chat.lastQuestion?.activity.text).toMatch(/\bLiam\b/);
    await chat.say('yeah');
    expect(chat.step).toBe(Step.welcomeAge);
    const person = (await chat.draft())?.youngPerson;
    expect(person?.who).toBe('self');
    expect(person?.name).toBe('Liam');
  });

  it('"me Liam" with a capital is kept at once', async () => {
    await upToWho();
    await chat.say('me Liam');
    expect(chat.step).toBe(Step.welcomeAge);
    expect((await chat.draft())?.youngPerson.name).toBe('Liam');
  });

  it('"me liam" at the name question is Liam', async () => {
    await upToWho();
    await chat.say('me');
    expect(chat.step).toBe(Step.welcomeName);
    await chat.say('me liam');
    expect(chat.step).toBe(Step.welcomeAge);
    expect((await chat.draft())?.youngPerson.name).toBe('Liam');
  });

  it('"im fine" or "me too" names nobody', async () => {
    await upToWho();
    await chat.say('me');
    await chat.say('im fine');
    expect(chat.step).toBe(Step.welcomeName);
    expect((await chat.draft())?.youngPerson.name).toBeUndefined();
  });
});

describe('a parent typing "he walks" at the outcome questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('reads back "Olek will walk ...", never "Olek will walks"', async () => {
    ({ chat } = await startWith({ today: '2026-03-10', who: 'parent_carer', name: 'Olek', age: 6, schoolYear: 1, hopes: [{ text: 'walk to school with his friends', theme: 'independent_living', needs: ['he runs off near roads'] }] }));
    const answers: Record<string, string> = {
      [Step.outcomeStep]: 'he walks to school holding my hand by the end of year 2',
      [Step.outcomeDoesForMe]: 'he would feel grown up',
      [Step.outcomeMakesPossible]: 'he could walk with his friends',
      [Step.outcomeProvides]: 'someone to practise with him',
      [Step.outcomeMeasure]: 'he does it every day for a week',
    };
    for (let turn = 0; turn < 8 && chat.step !== Step.outcomeConfirm; turn++) await chat.say(answers[chat.step ?? ''] ?? 'not sure');
    expect(chat.step).toBe(Step.outcomeConfirm);
    const readBack = chat.lastQuestion?.activity.text ?? '';
    expect(readBack).toMatch(/Olek will walk to school holding my hand/);
    expect(readBack).not.toMatch(/will walks/);
    await chat.say('yes thats right');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(/Olek will walk to school/);
  });
});

describe('questions and corrections typed at the content questions are answered or acted on, never kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const VILLA: SeedHope = { text: 'go to watch the villa play', theme: 'friends_and_community', needs: [] };
  const SORRY = "Sorry, I think that's gone a bit wrong... Can we delete that one?";
  const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');
  async function everything(): Promise<string> {
    const d = await chat.draft();
    return JSON.stringify([d?.aspirations, d?.needs, d?.outcomes, d?.aboutMe]);
  }

  it('"wat about villa park" at about me, the dream, what is hard and what it makes possible is asked about, and the question stays', async () => {
    chat = await throughWelcome();
    let replies = await chat.say('wat about villa park');
    expect(texts(replies)).toMatch(/villa park/);
    expect(chat.step).toBe(Step.aboutMeStrengths);
    await throughAboutMe(chat);
    replies = await chat.say('wat about villa park');
    expect(texts(replies)).toMatch(/villa park/);
    expect(chat.step).toBe(Step.hopesDream);
    expect(await everything()).not.toMatch(/villa park/i);
    await chat.close();

    ({ chat } = await startWith({ today: TODAY, name: 'Liam', age: 15, schoolYear: 10, hopes: [VILLA], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    replies = await chat.say('wat about villa park');
    expect(texts(replies)).toMatch(/"villa park"/);
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())!.needs).toEqual([]);
    await chat.close();

    ({ chat } = await startWith({ today: TODAY, name: 'Liam', age: 15, schoolYear: 10, hopes: [{ ...VILLA, needs: ['crowds are too loud'] }] }));
    await chat.say('go to a match with my dad by the end of year 11');
    for (let turn = 0; turn < 4 && chat.step !== Step.outcomeMakesPossible; turn++) await chat.say('id feel proud');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    replies = await chat.say('wat about villa park');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    expect(await everything()).not.toMatch(/villa park/i);
  });

  it('"huh??" before an outcome step is heard and never becomes part of the outcome', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Liam', age: 15, schoolYear: 10, hopes: [{ ...VILLA, needs: ['crowds are too loud'] }] }));
    await chat.say('huh?? go to a match with my dad');
    expect(await everything()).not.toMatch(/huh/i);
    expect((await chat.draft())!.outcomes[0]?.statement).toMatch(/^go to a match with my dad/i);
    await chat.say('huh??');
    expect(await everything()).not.toMatch(/huh/i);
  });

  it(`"${SORRY}" takes out the answer just kept, at the dream and at what makes it hard, and is kept nowhere`, async () => {
    chat = await throughWelcome();
    await throughAboutMe(chat);
    await chat.say('go to watch the villa');
    expect(chat.step).toBe(Step.hopesMore);
    let replies = await chat.say(SORRY);
    expect(texts(replies)).toMatch(/taken out "go to watch the villa"/);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())!.aspirations).toEqual([]);
    await chat.close();

    ({ chat } = await startWith({ today: TODAY, name: 'Liam', age: 15, schoolYear: 10, hopes: [VILLA], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say('the crowds are too loud');
    expect(chat.step).toBe(Step.needsHelps);
    replies = await chat.say(SORRY);
    expect(texts(replies)).toMatch(/taken out "the crowds are too loud"/);
    expect(chat.step).toBe(Step.needsBarrier);
    expect(await everything()).not.toMatch(/gone a bit wrong|delete that/i);
    expect((await chat.draft())!.needs).toEqual([]);
  });
});

describe('a month the person names is the date kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['by summer, end of August 2027', 'by the end of the summer hols, so the end of August 2027', 'the end of Year 11 in August 2027'])('"%s" at "by when?" is August 2027, never July', async (typed) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Sam', age: 15, schoolYear: 10, hopes: [{ text: 'cook my own tea', theme: 'independent_living', needs: ['i cant read recipes'] }] }));
    await chat.say('cook pasta on my own');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say(typed);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.date).toBe('2027-08-31');
    expect(outcome.timeframe?.phrase).toMatch(/August 2027|summer hols/);
  });
});

describe('two different things joined by "and" at a hopes question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['going to France on a school trip and getting better at maths', 'going to France on a school trip ... and getting better at maths'])('"%s" is two hopes', async (typed) => {
    chat = await throughWelcome();
    await throughAboutMe(chat);
    await chat.say(typed);
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(hopes).toEqual(['going to France on a school trip', 'getting better at maths']);
  });

  it('"making friends and going to parties" is one hope, about the same part of life', async () => {
    chat = await throughWelcome();
    await throughAboutMe(chat);
    await chat.say('making friends and going to parties');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['making friends and going to parties']);
  });
});

describe('an outcome goes under the hope its words name', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const BUS: SeedHope = { text: 'get the bus to town on my own', theme: 'independent_living', needs: ['i get lost'] };
  const COOK: SeedHope = { text: 'learn to cook my own tea', theme: 'independent_living', needs: ['i cant read recipes'] };
  const FRIENDS: SeedHope = { text: 'have more mates', theme: 'friends_and_community', needs: ['im shy'] };

  it('"ye cookin" at "another outcome?" asks the step for the cooking hope, never keeps "cookin" under the bus hope', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Jo', age: 15, schoolYear: 10, hopes: [BUS, COOK], at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[0]!.id }) }));
    await chat.say('ye cookin');
    const draft = (await chat.draft())!;
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(draft.aspirations[1]!.id);
    expect(draft.outcomes).toEqual([]);
  });

  it('a word that names no hope is asked about: which hope is it for?', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Jo', age: 15, schoolYear: 10, hopes: [BUS, COOK, FRIENDS], at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[0]!.id }) }));
    await chat.say('ye football');
    expect(chat.step).toBe(Step.outcomeAnother);
    expect((await chat.draft())!.outcomes).toEqual([]);
    await chat.say('2');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe((await chat.draft())!.aspirations[1]!.id);
  });
});

describe('chatter beside an answer about me', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps only the answer part, and a funny story on its own is heard but not kept', async () => {
    chat = await throughWelcome();
    await chat.say('im good at football lol. my cat once ate a whole sausage off the table haha');
    expect(chat.step).toBe(Step.aboutMeImportant);
    expect((await chat.draft())!.aboutMe.strengths).toEqual(['im good at football']);
    await chat.say('my cat knocked the tv over last week lol it was so funny');
    expect(chat.step).toBe(Step.aboutMeImportant);
    expect((await chat.draft())!.aboutMe.important).toEqual([]);
    await chat.say('my cat and my family');
    expect((await chat.draft())!.aboutMe.important).toEqual(['my cat and my family']);
  });

  it('a sad story told plainly is kept as it was said', async () => {
    chat = await throughWelcome();
    await chat.say('I am kind');
    await chat.say('my nan, she died last year');
    expect((await chat.draft())!.aboutMe.important).toEqual(['my nan, she died last year']);
  });
});

describe('"it\'s all one hope" a question or two after a message was cut into hopes', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const hopes = async () => (await chat.draft())!.aspirations.map((a) => a.text);

  it('after "yes" to another hope, it joins them again and is never kept as a hope', async () => {
    chat = await throughWelcome();
    await throughAboutMe(chat);
    await chat.say('learn to swim and ride my bike');
    expect(await hopes()).toEqual(['learn to swim', 'ride my bike']);
    await chat.say('yes');
    expect(chat.step).toBe(Step.hopesDream);
    await chat.say("it's all one hope");
    expect(await hopes()).toEqual(['learn to swim and ride my bike']);
    expect(chat.step).toBe(Step.hopesDream);
  });

  it('after "no" to the next part of life, it still joins them', async () => {
    chat = await throughWelcome();
    await throughAboutMe(chat);
    await chat.say('work in a bakery');
    await chat.say('yes');
    await chat.say('learn to swim and ride my bike');
    expect(chat.step).toBe(Step.hopesTheme);
    await chat.say('no');
    expect(chat.step).toBe(Step.hopesTheme);
    await chat.say("it's all one hope");
    expect(await hopes()).toEqual(['work in a bakery', 'learn to swim and ride my bike']);
  });
});

describe('"it\'s all one hope" where nothing was cut', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('at about me and at an outcome question is answered and never kept', async () => {
    chat = await throughWelcome();
    await chat.say("it's all one hope");
    expect(chat.step).toBe(Step.aboutMeStrengths);
    expect(JSON.stringify((await chat.draft())!.aboutMe)).not.toMatch(/one hope/);
    await chat.close();
    ({ chat } = await startWith({ today: TODAY, name: 'Jo', age: 15, schoolYear: 10, hopes: [{ text: 'cook my own tea', theme: 'independent_living', needs: ['i cant read recipes'] }] }));
    await chat.say('its all one hope');
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())!.outcomes).toEqual([]);
  });
});
