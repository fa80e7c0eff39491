import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { doesForMeShown } from '../../src/language/feelingAnswer';
import { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * What Tyler (15, Year 10) typed, each in a real turn of the chat: hedges after a hope, a need about
 * reading, a wish where what already helps was asked, what does not work where support was asked,
 * "ye mostly" to feeling safe, a sentence at the key worker's code, one word for what it would do.
 */

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('Tyler, typing', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['read car manuals i suppose', 'read car manuals probably', 'read car manuals i reckon', 'read car manuals kinda'])(
    'the hedge in "%s" is not kept in the hope, nor read back',
    async (said) => {
      chat = await throughWelcome({ name: 'Tyler' });
      await throughAboutMe(chat);
      await chat.say('work in a garage fixing cars');
      const replies = await chat.say(said);
      const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
      expect(hopes).toHaveLength(2);
      expect(hopes[1]).toMatch(/read car manuals$/);
      expect(texts(replies)).not.toMatch(/suppose|probably|reckon|kinda/);
      expect(chat.step).toBe(Step.hopesMore);
    },
  );

  it.each([
    ['proud', 'I would feel proud'],
    ['more confident n less stressed', 'I would feel more confident and less stressed'],
    ['id feel proud', 'id feel proud'],
  ])('an outcome typed step by step is read back with how everyone will know; "%s" is kept as typed and shown as "%s"', async (feeling, shown) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Tyler', age: 15, schoolYear: 10, hopes: [{ text: 'read car manuals', theme: 'learning_and_work', needs: ['the words are too small and long'] }] }));
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say('read a car manual by myself');
    await chat.say('by next summer');
    expect(chat.step).toBe(Step.outcomeMeasure);
    await chat.say('the garage gives me a report');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    await chat.say(feeling);
    await chat.say('fix cars at home');
    const confirm = await chat.say('a reading pen');
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(texts(confirm)).toMatch(/the garage gives me a report/i);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure).toBe('the garage gives me a report');
    // Their own word is kept; the plan shows it in a sentence, never the bot's words stored as theirs.
    expect(outcome.doesForMe).toBe(feeling);
    expect(doesForMeShown(outcome.doesForMe!, (await chat.draft())!.youngPerson)).toBe(shown);
  });

  const atNeeds = async () =>
    (
      await startWith({
        today: '2026-12-02', name: 'Tyler', age: 15, schoolYear: 10,
        hopes: [{ text: 'get the bus to the garage on my own', theme: 'independent_living', needs: [] }],
        at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
      })
    ).chat;

  it.each([
    ['an app that tells me when to get off maybe', 'It would help to have an app that tells me when to get off'],
    ['it would help if someone came with me the first time', 'it would help if someone came with me the first time'],
    ['i wish i had a bus pass', 'i wish i had a bus pass'],
  ])('"%s" at "what already helps?" is kept as a wish, and what helps already is asked once', async (wish, kept) => {
    chat = await atNeeds();
    await chat.say('i dont know which stop to get off at');
    expect(chat.step).toBe(Step.needsHelps);
    const replies = await chat.say(wish);
    expect(texts(replies)).not.toMatch(/good to know what works/);
    expect(texts(replies)).toMatch(/noted it/);
    expect(chat.step).toBe(Step.needsHelps);
    expect((await chat.draft())!.needs[0]!.helps).toEqual([kept]);
    await chat.say('my mate shows me sometimes');
    expect((await chat.draft())!.needs[0]!.helps).toEqual([kept, 'my mate shows me sometimes']);
    expect(chat.step).toBe(Step.needsMore);
  });

  it('what already helps is thanked as before, and a second wish moves on', async () => {
    chat = await atNeeds();
    await chat.say('i dont know which stop to get off at');
    const thanked = await chat.say('my mate helps me');
    expect(texts(thanked)).toMatch(/good to know what works/);
    expect(chat.step).toBe(Step.needsMore);
    await chat.say('yes the bus is loud');
    await chat.say('maybe some headphones');
    await chat.say('a quiet seat would be good');
    expect(chat.step).toBe(Step.needsMore);
    expect((await chat.draft())!.needs[1]!.helps).toEqual(['It would help to have some headphones', 'a quiet seat would be good']);
  });

  const CRISIS = /Childline|0800 1111|85258|999/;
  const atSafe = async () => {
    chat = await throughWelcome({ name: 'Tyler', age: 'Year 10' });
    await chat.say('im good at fixing bikes');
    await chat.say('my mates and my nan');
    await chat.say('explain things twice');
    expect(chat.step).toBe(Step.aboutMeSafe);
    return chat;
  };

  it.each(['ye mostly', 'most of the time', 'usually', 'mostly yeah'])('"%s" to feeling safe gets one soft question, not a plain yes', async (typed) => {
    await atSafe();
    const replies = await chat.say(typed);
    expect(chat.step).toBe(Step.aboutMeSafe);
    expect(chat.lastQuestion!.activity.text).toMatch(/a place or a time/);
    expect(texts(replies)).not.toMatch(CRISIS);
    expect(texts(replies)).not.toMatch(/glad/);
  });

  it.each([
    ['sometimes at school', 1],
    ['yeah online', 1],
    ['no not really', 0],
    ['nah im fine', 0],
    ['id rather not say', 0],
  ] as const)('after "ye mostly", "%s" gives %i safeguarding flag(s) and the journey carries on', async (typed, flags) => {
    await atSafe();
    await chat.say('ye mostly');
    const replies = await chat.say(typed);
    expect((await chat.draft())!.flags).toHaveLength(flags);
    if (flags) expect(texts(replies)).toMatch(CRISIS);
    else expect(chat.step).toBe(Step.hopesDream);
  });

  it.each(['when teachers shout and when its loud in the canteen', 'people rushing me', 'i hate it when its noisy'])(
    '"%s" at "how can people support you best?" is kept as what does not work, and what helps then is asked',
    async (typed) => {
      chat = await throughWelcome({ name: 'Tyler', age: 'Year 10' });
      await chat.say('im good at fixing bikes');
      await chat.say('my mates and my nan');
      expect(chat.step).toBe(Step.aboutMeSupport);
      await chat.say(typed);
      expect(chat.step).toBe(Step.aboutMeSupport);
      expect(chat.lastQuestion!.activity.text).toMatch(/is hard for you\. What helps when that happens\?/);
      await chat.say('headphones and going somewhere quiet');
      expect((await chat.draft())!.aboutMe.support).toEqual([`What doesn't work for me: ${typed}`, 'headphones and going somewhere quiet']);
      expect(chat.step).toBe(Step.aboutMeSafe);
    },
  );

  it('a parent saying what does not work hears it about their child, and "explain things twice and dont shout" is support as before', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Leo', age: 'Year 8' });
    await chat.say('he is funny');
    await chat.say('his dog');
    await chat.say('loud noises and crowds');
    expect(chat.lastQuestion!.activity.text).toMatch(/is hard for Leo/);
    await chat.say('explain things twice and dont shout');
    expect((await chat.draft())!.aboutMe.support).toEqual(["What doesn't work for Leo: loud noises and crowds", 'explain things twice and dont shout']);
  });

  /** Up to the key worker's code, typed as Tyler typed it. */
  const atInvite = async (who = 'me') => {
    chat = await Transcript.start({ today: '2026-12-02' });
    for (const typed of ['normal', 'ok', who, 'Tyler', '15 year 10']) await chat.say(typed);
    expect(chat.step).toBe(Step.welcomeInvite);
  };

  it.each(['im good at fixing bikes and i make people laugh', 'i make people laugh', 'people say im funny and kind'])(
    '"%s" at the code question is no code, said kindly, and offered as what people like about me',
    async (typed) => {
      await atInvite();
      const replies = await chat.say(typed);
      expect(texts(replies)).not.toMatch(/didn't catch/);
      expect(texts(replies)).toMatch(/doesn't look like a code/);
      expect(chat.step).toBe(Step.aboutMeStrengths);
      expect(chat.lastQuestion!.activity.text).toContain(typed);
      expect((await chat.draft())!.keyWorker?.invitationCode).toBeUndefined();
      await chat.say('yeah');
      expect((await chat.draft())!.aboutMe.strengths).toEqual([typed]);
      expect(chat.step).toBe(Step.aboutMeImportant);
    },
  );

  it('"my mates and my nan" at the code question is no code at once; a new answer replaces the offer; "no" asks the question as usual', async () => {
    await atInvite();
    const replies = await chat.say('my mates and my nan');
    expect(texts(replies)).toMatch(/doesn't look like a code/);
    expect(chat.step).toBe(Step.aboutMeStrengths);
    await chat.close();

    await atInvite();
    await chat.say('im good at fixing bikes');
    await chat.say('im good at football actually');
    expect((await chat.draft())!.aboutMe.strengths).toEqual(['im good at football actually']);
    await chat.close();

    await atInvite();
    await chat.say('im good at fixing bikes');
    const no = await chat.say('no');
    expect(texts(no)).not.toMatch(/another way/);
    expect(chat.step).toBe(Step.aboutMeStrengths);
    expect((await chat.draft())!.aboutMe.strengths).toEqual([]);
  });

  it.each(['acef ghk', 'hello', 'why do you need it'])('"%s" at the code question is still asked again', async (typed) => {
    await atInvite();
    await chat.say(typed);
    expect(chat.step).toBe(Step.welcomeInvite);
  });

  it.each(['i dont know which stop to get off at', 'he doesnt know which bus to get'])('"%s" at "what makes this hard?" is kept whole, never read as a shrug', async (typed) => {
    chat = await atNeeds();
    await chat.say(typed);
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual([typed]);
    expect(chat.step).toBe(Step.needsHelps);
  });

  it.each([
    ['yeah keep it', true],
    ['keep it', true],
    ['yes please', true],
    ['save that', true],
    ['no leave it', false],
    ['nah dont', false],
  ] as const)('"%s" to keeping what was typed at the code question keeps it: %s; the reply itself is never kept', async (reply, kept) => {
    await atInvite();
    await chat.say('im good at fixing bikes');
    await chat.say(reply);
    expect((await chat.draft())!.aboutMe.strengths).toEqual(kept ? ['im good at fixing bikes'] : []);
    expect(chat.step).toBe(kept ? Step.aboutMeImportant : Step.aboutMeStrengths);
  });
});
