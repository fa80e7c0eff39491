import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo, type Person } from '../support/typedWay';

/** Types the way to "do you feel safe?", telling of the young person in a parent's or their own words. */
const atSafeQuestion = (person: Person): Promise<Transcript> =>
  typedTo(Step.aboutMeSafe, person, {
    [Step.aboutMeStrengths]: 'she is kind and loves drawing',
    [Step.aboutMeImportant]: 'art club and her cat',
    [Step.aboutMeSupport]: 'give her time to answer',
  });

const RUBY = { who: 'A parent or carer', name: 'Ruby', age: '13' } as const;

describe('"mostly" beside noise or too much at once, at "do you feel safe?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a parent\'s "yes mostly, school is a bit much sometimes": kept as something hard, then the soft question, no crisis answer', async () => {
    chat = await atSafeQuestion(RUBY);
    const replies = await chat.say('yes mostly, school is a bit much sometimes');
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect(chat.step).toBe(Step.aboutMeSafe);
    expect(chat.lastQuestion?.activity.text).toMatch(/Is there a place or a time when Ruby doesn't feel safe\?/);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.needs.map((n) => n.text).join(' ')).toMatch(/a bit much/);
    await chat.say('no not really, its just the noise');
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('a young person\'s "mostly yeah, the canteen is way too loud": the soft question; the bus named there, then a yes, still gets the safeguarding answer', async () => {
    chat = await atSafeQuestion({ name: 'Sam', age: '15' });
    const replies = await chat.say('mostly yeah, the canteen is way too loud and it stresses me out');
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect(chat.lastQuestion?.activity.text).toMatch(/Is there a place or a time when you don't feel safe\?/);
    expect((await chat.draft())?.needs.map((n) => n.text).join(' ')).toMatch(/loud/);
    // The bus alone is named back and asked about once (safePlaceNamedBack.test.ts); a yes to that is the answer and a flag.
    const named = await chat.say('yeah sometimes on the bus home');
    expect(saidIn(named)).toMatch(/The bus\. Thank you for telling me\./);
    expect(saidIn(named)).not.toMatch(CRISIS);
    expect(chat.lastQuestion?.activity.text).toMatch(/Does anyone there hurt you, or make you feel scared\?/);
    const answer = await chat.say('yes');
    expect(saidIn(answer)).toMatch(CRISIS);
    expect((await chat.draft())?.flags).toEqual([expect.objectContaining({ kind: 'safeguarding', category: 'other' })]);
  });

  it('noise beside being pushed is still not always: the safeguarding answer and a flag', async () => {
    chat = await atSafeQuestion(RUBY);
    const replies = await chat.say('yes mostly, school is a bit much sometimes and some girls push her in the corridor');
    expect(saidIn(replies)).toMatch(CRISIS);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });
});
