import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo, type Person } from '../support/typedWay';

/*
 * At "Do you feel safe at home, at school and online?", a worry about noise, crowds or being pushed
 * in busy places ("The corridors are too loud and people push") is flagged, and answered in a way
 * that fits: it sounds hard, tell a teacher you trust, one short "if you ever feel unsafe" line
 * with the lines the design names, and the offer to say in the plan that loud, busy places are
 * hard. A disclosure of harm still gets the full answer.
 */

const EASY_READ_MAX_WORDS = 15;

const atSafeQuestion = (person: Person = { name: 'Mia', age: 'Year 7' }): Promise<Transcript> =>
  typedTo(Step.aboutMeSafe, person, {
    [Step.aboutMeStrengths]: 'im kind',
    [Step.aboutMeImportant]: 'my cat',
    [Step.aboutMeSupport]: 'give me time',
  });

const sentences = (text: string) => text.split(/(?<=[.?!:])\s+|\n/).map((s) => s.trim()).filter(Boolean);

describe('noise, crowds and pushing at "do you feel safe?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"The corridors are too loud and people push": a flag, a short fitting answer, and the offer of a need', async () => {
    chat = await atSafeQuestion();
    const replies = saidIn(await chat.say('The corridors are too loud and people push'));
    expect((await chat.draft())?.flags).toEqual([expect.objectContaining({ kind: 'safeguarding', step: Step.aboutMeSafe })]);
    expect(['other', 'bullying']).toContain((await chat.draft())?.flags[0]?.category);
    expect(replies).toMatch(/sounds (?:really )?hard/);
    expect(replies).toMatch(/teacher you trust/);
    // The design's lines, said once, in one short line for if they ever feel unsafe.
    expect(replies).toMatch(/if you ever feel unsafe/i);
    expect(replies).toMatch(/0800 1111/);
    expect(replies).toMatch(/85258/);
    expect(replies).toMatch(/999/);
    expect(replies).not.toMatch(/Samaritans|I'm a computer/);
    expect(replies.split('\n').length).toBeLessThanOrEqual(4);
    // Are they safe now, then the need offered.
    expect(chat.step).toBe(Step.safeguardingCheck);
    await chat.say('yeah im ok');
    expect(chat.lastQuestion?.activity.text).toMatch(/loud, busy places/);
    await chat.say('yes please');
    expect((await chat.draft())?.needs.map((n) => n.text)).toContain('I need help with loud, busy places');
    // The safety question was answered: the plan goes on.
    expect(chat.step).toBe(Step.hopesDream);
  });

  it('in easy read, the same short answer with every sentence at most 15 words', async () => {
    chat = await atSafeQuestion({ mode: 'Easy read', name: 'Mia', age: 'Year 7' });
    const replies = saidIn(await chat.say('the corridors are too loud and people push'));
    expect((await chat.draft())?.flags).toHaveLength(1);
    for (const sentence of sentences(replies)) expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(EASY_READ_MAX_WORDS);
    expect(replies).toMatch(/teacher you trust/);
    expect(replies).toMatch(/0800 1111/);
    expect(replies).not.toMatch(/Samaritans/);
    expect(replies.split('\n').length).toBeLessThanOrEqual(4);
  });

  it.each(['people push me in the lunch queue and its really noisy', 'not always, the stairs are crowded and kids shove', 'busy places are scary, people push me'])(
    '%j: the same short answer and a flag',
    async (typed) => {
      chat = await atSafeQuestion();
      const replies = saidIn(await chat.say(typed));
      expect((await chat.draft())?.flags).toHaveLength(1);
      expect(replies).toMatch(/teacher you trust/);
      expect(replies).toMatch(CRISIS);
      expect(replies).not.toMatch(/Samaritans/);
    },
  );

  it.each(['the corridors are loud and a boy punches me', 'people push me and hit me and say theyll get me after school'])(
    'leave alone: %j still gets the full answer',
    async (typed) => {
      chat = await atSafeQuestion();
      const replies = saidIn(await chat.say(typed));
      expect((await chat.draft())?.flags).toHaveLength(1);
      expect(replies).not.toMatch(/if you ever feel unsafe/i);
      expect(replies).toMatch(/Childline/);
    },
  );
});
