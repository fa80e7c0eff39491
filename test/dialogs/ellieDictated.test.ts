import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { saidIn, typeUntil } from '../support/typedWay';
import { throughWelcome } from './throughWelcome';

/*
 * What Ellie (18, at college) typed by speech-to-text: no punctuation, the marks said as words
 * ("full stop", "comma"), a question about her key worker beside her yes, and asides to her mum.
 */

describe('Ellie, by speech-to-text', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a question about her key worker beside her yes keeps her as herself, answers it, and her age said first is kept', async () => {
    chat = await Transcript.start({ today: '2026-12-04' });
    await chat.join();
    await chat.say('normal words im 18');
    expect(chat.step).toBe(Step.welcomeConsent);
    const replies = await chat.say('yeah thats ok full stop who is my key worker though is that sophie');
    expect(saidIn(replies)).toMatch(/key worker is the person/);
    expect(saidIn(replies)).not.toMatch(/child|young person/);
    expect(chat.step).toBe(Step.welcomeName);
    expect((await chat.draft())!.youngPerson.who).toBe('self');
    await chat.say('ellie');
    // 18 in the autumn: the year may be asked once; her age again moves on with the year worked out.
    if (chat.step === Step.welcomeAge) await chat.say('im 18');
    expect(chat.step).toBe(Step.welcomeInvite);
    const person = (await chat.draft())!.youngPerson;
    expect(person.age).toBe(18);
    expect(person.who).toBe('self');
  });

  it('"im her key worker" at who is chatting is still a worker', async () => {
    chat = await Transcript.start({ today: '2026-12-04' });
    await chat.join();
    await typeUntil(chat, Step.welcomeWho, { [Step.welcomeReadingMode]: 'normal words', [Step.welcomeConsent]: 'yes thats fine' });
    await chat.say('im her key worker');
    expect((await chat.draft())!.youngPerson.who).toBe('supporter');
  });

  it('the marks she says are never kept as words; "a full stop at the end" said as words is kept', async () => {
    chat = await throughWelcome({ name: 'Ellie', age: '18' });
    await chat.say('im funny comma kind and good at drawing full stop');
    await chat.say('my mum and my cat full stop');
    await chat.say('remind me to put a full stop at the end');
    const aboutMe = (await chat.draft())!.aboutMe;
    expect(aboutMe.strengths.join(' ')).toBe('im funny, kind and good at drawing');
    expect(aboutMe.important.join(' ')).toBe('my mum and my cat');
    expect(aboutMe.support.join(' ')).toBe('remind me to put a full stop at the end');
  });

  it.each([
    ['live in my own flat one day no offence mum', 'live in my own flat one day'],
    ['go swimming and do my physio please then im done my hands are getting tired', 'go swimming and do my physio'],
    ['finish college and then im done with school', 'finish college and then im done with school'],
  ])('the hope "%s" is kept as "%s"', async (said, kept) => {
    chat = await throughWelcome({ name: 'Ellie', age: '18' });
    await typeUntil(chat, Step.hopesDream, { [Step.aboutMeStrengths]: 'im funny', [Step.aboutMeImportant]: 'my cat', [Step.aboutMeSupport]: 'give me time', [Step.aboutMeSafe]: 'yes' });
    const replies = await chat.say(said);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual([kept]);
    expect(saidIn(replies)).not.toMatch(/offence|tired|please then/);
  });
});
