import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { throughWelcome, type Person } from './throughWelcome';

const CRISIS = /0808 800 5000|116 123|0800 1111|999/;
const textOf = (replies: ReadonlyArray<{ text?: string }>) => replies.map((a) => a.text ?? '').join('\n');

async function atSafeQuestion(person: Person): Promise<Transcript> {
  const chat = await throughWelcome(person);
  await chat.say('she is kind and loves drawing');
  await chat.say('art club and her cat');
  await chat.say('give her time to answer');
  expect(chat.step).toBe(Step.aboutMeSafe);
  return chat;
}

const RUBY = { who: 'A parent or carer', name: 'Ruby', age: '13' } as const;

describe('"mostly" beside noise or too much at once, at "do you feel safe?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a parent\'s "yes mostly, school is a bit much sometimes": kept as something hard, then the soft question, no crisis answer', async () => {
    chat = await atSafeQuestion(RUBY);
    const replies = await chat.say('yes mostly, school is a bit much sometimes');
    expect(textOf(replies)).not.toMatch(CRISIS);
    expect(chat.step).toBe(Step.aboutMeSafe);
    expect(chat.lastQuestion?.activity.text).toMatch(/Is there a place or a time when Ruby doesn't feel safe\?/);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.needs.map((n) => n.text).join(' ')).toMatch(/a bit much/);
    await chat.say('no not really, its just the noise');
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('a young person\'s "mostly yeah, the canteen is way too loud": the soft question, and a yes to it still gets the safeguarding answer', async () => {
    chat = await atSafeQuestion({ name: 'Sam', age: '15' });
    const replies = await chat.say('mostly yeah, the canteen is way too loud and it stresses me out');
    expect(textOf(replies)).not.toMatch(CRISIS);
    expect(chat.lastQuestion?.activity.text).toMatch(/Is there a place or a time when you don't feel safe\?/);
    expect((await chat.draft())?.needs.map((n) => n.text).join(' ')).toMatch(/loud/);
    const answer = await chat.say('yeah sometimes on the bus home');
    expect(textOf(answer)).toMatch(CRISIS);
    expect((await chat.draft())?.flags).toEqual([expect.objectContaining({ kind: 'safeguarding', category: 'other' })]);
  });

  it('noise beside being pushed is still not always: the safeguarding answer and a flag', async () => {
    chat = await atSafeQuestion(RUBY);
    const replies = await chat.say('yes mostly, school is a bit much sometimes and some girls push her in the corridor');
    expect(textOf(replies)).toMatch(CRISIS);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });
});
