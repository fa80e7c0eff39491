import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo, type Person } from '../support/typedWay';

/** Types the way to "do you feel safe?", telling of the young person in a parent's or their own words. */
const atSafeQuestion = (person: Person): Promise<Transcript> =>
  typedTo(Step.aboutMeSafe, person, {
    [Step.aboutMeStrengths]: 'hes really funny when hes relaxed',
    [Step.aboutMeImportant]: 'trains and his nan',
    [Step.aboutMeSupport]: 'warn him before anything changes',
  });

const LEO = { who: 'A parent or carer', name: 'Leo', age: '11' } as const;

describe('a yes to feeling safe, beside something hard that is not harm', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a parent telling of meltdowns after school: kept as something hard, then a gentle check, no crisis answer', async () => {
    chat = await atSafeQuestion(LEO);
    const replies = await chat.say('at home yes. school mostly but he comes home and has massive meltdowns most days, like he holds it all in all day then explodes');
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect(saidIn(replies)).toMatch(/kept it with the things that are hard/);
    expect(chat.lastQuestion?.activity.text).toMatch(/does anyone or anything make Leo feel unsafe/);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.needs.map((n) => n.text).join(' ')).toMatch(/meltdowns/);
    await chat.say('no its the noise and all the people, nobody is horrible to him');
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('words the gentle check cannot read are asked about once more, then respected: never a third time, no flag', async () => {
    chat = await atSafeQuestion(LEO);
    await chat.say('yeah mostly, he just gets really anxious and has meltdowns when he gets home');
    const check = chat.lastQuestion?.activity.text;
    const first = await chat.say('purple');
    expect(saidIn(first)).toMatch(/didn't catch that\. You can say no, yes/);
    expect(chat.lastQuestion?.activity.text).toBe(check);
    const second = await chat.say('purple');
    expect(saidIn(second)).toMatch(/You don't have to say/);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('a hope said again at the gentle check is not a place where they feel unsafe: no crisis answer, no flag, asked once more', async () => {
    chat = await atSafeQuestion({ name: 'Kayla', age: '15' });
    await chat.say('yeah mostly');
    const check = chat.lastQuestion?.activity.text;
    const replies = await chat.say('hair and beauty at college like i said');
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect(saidIn(replies)).toMatch(/come to hopes very soon/);
    expect(chat.lastQuestion?.activity.text).toBe(check);
    expect((await chat.draft())?.flags).toEqual([]);
    await chat.say('no nowhere');
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('a yes to the gentle check still gets the safeguarding answer and a flag', async () => {
    chat = await atSafeQuestion(LEO);
    await chat.say('yeah mostly, he just gets really anxious and has meltdowns when he gets home');
    expect(chat.step).toBe(Step.aboutMeSafe);
    const replies = await chat.say('yes sometimes');
    expect(saidIn(replies)).toMatch(CRISIS);
    expect((await chat.draft())?.flags).toEqual([expect.objectContaining({ kind: 'safeguarding', category: 'other' })]);
  });

  it.each([
    'mostly yes. the bus drivers are rude sometimes tho, like they sigh when they have to put the ramp down and one time he didnt wait for me to park my chair before driving off. is that normal??',
    'yeah mostly. the receptionist at the job centre is a bit funny with me and rolls her eyes',
  ])('an adult telling of rudeness %j: how to complain, no crisis answer and no flag', async (typed) => {
    chat = await atSafeQuestion({ name: 'Aisha', age: '22' });
    const replies = await chat.say(typed);
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect(saidIn(replies)).toMatch(/should not be rude to you\. You can complain/);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it.each(['mostly yes but the bus driver shouts at me and it scares me', 'yeah mostly, but the drivers are rude and one pushed my chair hard'])(
    'rudeness beside fear or harm (%j) is still not always: the safeguarding answer and a flag',
    async (typed) => {
      chat = await atSafeQuestion({ name: 'Aisha', age: '22' });
      const replies = await chat.say(typed);
      expect(saidIn(replies)).toMatch(CRISIS);
      expect((await chat.draft())?.flags).toHaveLength(1);
    },
  );
});
