import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { WelcomeText } from '../../dialogs/welcomeDialog';
import { createWords } from '../../src/i18n';
import { Transcript } from '../support/transcript';

/** The welcome acts on what people type: the name they go by, a name declined, a college or home education without a school year. */
describe('the welcome, typed in people’s own words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  async function upToName(who: string, today = '2026-03-10'): Promise<void> {
    chat = await Transcript.start({ today });
    for (const answer of ['normal words thanks', 'yeah thats fine', who]) await chat.say(answer);
    expect(chat.step).toBe(Step.welcomeName);
  }

  it('keeps the name a young person goes by, not the full one', async () => {
    await upToName('just me');
    await chat.say("I'm Harriet but call me Hattie");
    expect(chat.step).toBe(Step.welcomeAge);
    expect((await chat.draft())?.youngPerson.name).toBe('Hattie');
  });

  it('takes the name out of a parent’s sentence about their child', async () => {
    await upToName('I am his mother');
    await chat.say('um... Kacper, he is 7');
    expect((await chat.draft())?.youngPerson.name).toBe('Kacper');
    expect((await chat.draft())?.youngPerson.pronoun).toBe('he');
  });

  it('moves on kindly, storing no name, when the name is declined in other words', async () => {
    await upToName('me');
    const replies = await chat.say('rather keep it private');
    expect(chat.step).toBe(Step.welcomeAge);
    expect(replies.map((a) => a.text)).toContain(createWords().forMode('standard')(WelcomeText.nameSkip));
    expect((await chat.draft())?.youngPerson.name).toBeUndefined();
  });

  it('treats a teaching assistant typing for the young person as the young person, helped', async () => {
    await upToName("I'm his TA typing for him, he's telling me what to say");
    expect((await chat.draft())?.youngPerson.who).toBe('helper');
  });

  it('asks a college student their age and no school year, and marks a year from the age as estimated', async () => {
    await upToName('just me');
    await chat.say('Sam');
    await chat.say('i go to colege');
    expect(chat.step).toBe(Step.welcomeAge);
    await chat.say('17');
    expect(chat.step).toBe(Step.welcomeInvite);
    const person = (await chat.draft())?.youngPerson;
    expect(person?.age).toBe(17);
    expect(person?.schoolYear).toBe(12);
    expect(person?.schoolYearEstimated).toBe(true);
  });

  it('moves on when the school year question is answered with college', async () => {
    // In the autumn term an age alone leaves the school year open, so it is asked.
    await upToName('just me', '2026-10-05');
    await chat.say('Sam');
    await chat.say('16');
    expect(chat.step).toBe(Step.welcomeAge);
    await chat.say('im at colege now');
    expect(chat.step).toBe(Step.welcomeInvite);
    expect((await chat.draft())?.youngPerson.age).toBe(16);
  });

  it('asks no school year of a child educated at home', async () => {
    await upToName('his mum');
    await chat.say('Leo');
    await chat.say('we home educate him');
    expect(chat.step).toBe(Step.welcomeAge);
    await chat.say('he is 9');
    expect(chat.step).toBe(Step.welcomeInvite);
    expect((await chat.draft())?.youngPerson.age).toBe(9);
  });

  it('takes "no code" in other words at the key worker code', async () => {
    await upToName('me');
    await chat.say('Sam');
    await chat.say('16, year 11');
    expect(chat.step).toBe(Step.welcomeInvite);
    await chat.say('nobody gave me a code');
    expect(chat.step).not.toBe(Step.welcomeInvite);
  });
  it('keeps the name offered back when the next question is answered instead of yes', async () => {
    chat = await Transcript.start({ today: '2026-03-10' });
    for (const answer of ['normal words thanks', 'yeah thats fine', 'im jay']) await chat.say(answer);
    expect(chat.step).toBe(Step.welcomeName);
    await chat.say('16, year 11');
    expect(chat.step).toBe(Step.welcomeInvite);
    const person = (await chat.draft())?.youngPerson;
    expect(person?.name).toBe('Jay');
    expect(person?.schoolYear).toBe(11);
  });

  it('keeps no name when the name offered back is turned down with the age', async () => {
    chat = await Transcript.start({ today: '2026-03-10' });
    for (const answer of ['normal words thanks', 'yeah thats fine', 'im jay']) await chat.say(answer);
    await chat.say('no dont call me that, im 16');
    expect((await chat.draft())?.youngPerson.name).toBeUndefined();
  });

  it('a bare "yeah" at the age question is no answer: the example "Year 9" is never taken as theirs', async () => {
    await upToName('me');
    await chat.say('its priya');
    expect(chat.step).toBe(Step.welcomeAge);
    await chat.say('yeah');
    expect(chat.step).toBe(Step.welcomeAge);
    expect((await chat.draft())?.youngPerson.schoolYear).toBeUndefined();
  });
});
