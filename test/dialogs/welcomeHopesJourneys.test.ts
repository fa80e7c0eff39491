import { afterEach, describe, expect, it } from 'vitest';
import { Stage, Step } from '../../dialogs/ids';
import { WelcomeText } from '../../dialogs/welcomeDialog';
import { createWords } from '../../src/i18n';
import { Transcript } from '../support/transcript';
import { TODAY } from './throughWelcome';

/**
 * Whole journeys through the welcome and the hopes, typed as people type: a parent with simple
 * English, a 16-year-old in text-speak and a 9-year-old. Each says who they are before being asked,
 * puts several hopes in one message, and chats around them; the draft keeps only their answers.
 */
describe('typed journeys through the welcome and the hopes', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const stepsSeen = () => chat.all.flatMap((a) => [(a.channelData as { outcomes?: { step?: string } } | undefined)?.outcomes?.step].filter((s): s is string => Boolean(s)));

  /** Types each answer; a question about a part of life not in the script is answered "nothing". */
  async function type(answers: readonly string[]): Promise<void> {
    for (const answer of answers) await chat.say(answer);
  }

  async function onToNeeds(): Promise<void> {
    const inNeeds = () => chat.step?.startsWith(`${Stage.needs}.`) ?? false;
    for (let i = 0; i < 8 && !inNeeds(); i++) await chat.say(chat.step === Step.hopesMore ? 'no thats all' : 'nothing');
    expect(chat.step).toBe(Step.needsBarrier);
  }

  it('a parent with simple English', async () => {
    chat = await Transcript.start({ today: TODAY });
    await type(['hello', 'hello i am mother of Ali he is 7 years old', 'easy words please', 'yes ok']);
    // Who, name and age were said before: none of them is asked.
    expect(chat.step).toBe(Step.welcomeInvite);
    await type(['no', 'he is very kind and funny', 'his brother and his ipad', 'he need someone explain slowly']);
    expect(chat.step).toBe(Step.hopesDream);
    await chat.say('i want him to read better, he also love swimming so maybe he can join swim club. also i want he make friend. sorry my english not good');
    await onToNeeds();
    const draft = await chat.draft();
    expect(draft?.youngPerson).toMatchObject({ who: 'parent_carer', name: 'Ali', age: 7, pronoun: 'he', readingMode: 'easy_read' });
    expect(draft?.aspirations.map((a) => a.text)).toEqual(['i want him to read better', 'he also love swimming so maybe he can join swim club', 'i want he make friend']);
    for (const step of [Step.welcomeWho, Step.welcomeName, Step.welcomeAge]) expect(stepsSeen()).not.toContain(step);
  });

  it('a 16-year-old typing text-speak', async () => {
    chat = await Transcript.start({ today: TODAY });
    await type(['yo its kai, 16', 'normal', 'ye']);
    expect(chat.step).toBe(Step.welcomeInvite);
    await type(['nah', 'im funny n good at fifa', 'my mates', 'dont rush me', 'ye']);
    expect(chat.step).toBe(Step.hopesDream);
    await chat.say('shorter please');
    expect(chat.lastQuestion?.mode).toBe('easy_read');
    await chat.say('normal words');
    expect(chat.lastQuestion?.mode).toBe('standard');
    await chat.say('ok so i wanna b a mechanic n get my own flat tbh. n learn 2 drive lol');
    await onToNeeds();
    const draft = await chat.draft();
    expect(draft?.youngPerson).toMatchObject({ who: 'self', name: 'Kai', age: 16 });
    expect(draft?.aspirations.map((a) => a.text)).toEqual(['i wanna b a mechanic', 'get my own flat', 'learn 2 drive']);
    for (const words of ['shorter please', 'normal words', 'lol', 'tbh', 'ok so']) expect(JSON.stringify(draft)).not.toContain(words);
  });

  it('a 9-year-old who says hi and their age first', async () => {
    chat = await Transcript.start({ today: TODAY });
    await type(['hi', 'hi im Ruby im 9', 'easy read', 'yes']);
    // Nine and chatting alone: asked to find an adult, and not asked the age again.
    expect(chat.all.map((a) => a.text)).toContain(createWords().forMode('easy_read')(WelcomeText.ageAskAnAdult));
    expect(chat.step).toBe(Step.welcomeInvite);
    await type(['no', 'i am good at drawing', 'my cat', 'help me read']);
    if (chat.step === Step.aboutMeSafe) await chat.say('yes');
    expect(chat.step).toBe(Step.hopesDream);
    for (const said of ['umm', 'idk']) await chat.say(said);
    expect((await chat.draft())?.aspirations).toEqual([]);
    await chat.say('be a vet and have a puppy lol');
    await onToNeeds();
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['be a vet', 'have a puppy']);
    expect((await chat.draft())?.youngPerson).toMatchObject({ who: 'self', name: 'Ruby', age: 9 });
  });
});
