import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo, type Person, type Typed } from '../support/typedWay';

/*
 * Ordinary answers at "what makes this hard?" are kept as usual: no "Are you OK?", no safeguarding
 * answer. Sorry for being late, passed on with "it wasnt her fault", is no sign of harm; harm told
 * beside it still is, and so is "im sorry and it isnt her fault" with nothing said it is for.
 */

const TO_NEEDS = (hope: string): Typed => ({
  [Step.hopesDream]: hope,
  [Step.hopesMore]: 'no',
  [Step.hopesTheme]: ['no', 'nah', 'not really', 'no thanks', 'no'],
});
const atNeeds = (person: Person, hope: string): Promise<Transcript> => typedTo(Step.needsBarrier, person, TO_NEEDS(hope));

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('ordinary answers at "what makes this hard?"', () => {
  it('a 19-year-old\'s "Nothing makes it hard, I already live with my mum": no check, and the chat moves on', async () => {
    chat = await atNeeds({ age: '19' }, 'to live with my mum');
    const replies = saidIn(await chat.say('Nothing makes it hard, I already live with my mum'));
    expect(replies).not.toMatch(/Are you OK\?/);
    expect(replies).not.toMatch(CRISIS);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect(chat.step).not.toBe(Step.needsBarrier);
  });

  it.each(["she talks to me like i'm a parcel", 'she talks to me like im a baby', 'he talks to me like im stupid'])(
    'a 12-year-old annoyed with a teacher, %j: kept as what makes it hard, no check',
    async (typed) => {
      chat = await atNeeds({ age: '12' }, 'to get on better with my teachers');
      const replies = saidIn(await chat.say(typed));
      expect(replies).not.toMatch(/Are you OK\?/);
      expect(replies).not.toMatch(CRISIS);
      expect((await chat.draft())?.needs.map((n) => n.text).join(' | ')).toMatch(/talks to me like/);
      expect((await chat.draft())?.flags).toEqual([]);
    },
  );

  it.each([
    'tell my teacher im sorry i was late, it wasnt her fault',
    'tell miss im sorry i was late. it wasnt her fault',
    'can you tell my teacher sorry for being late it wasnt her fault',
    'tell my mum im sorry i was late it wasnt her fault',
    'tell sir sorry i forgot my homework, it wasnt his fault',
  ])('%j: an apology passed on, no check and no flag', async (typed) => {
    chat = await atNeeds({ age: '12' }, 'to get on better with my teachers');
    const replies = saidIn(await chat.say(typed));
    expect(replies).not.toMatch(/Are you OK\?/);
    expect(replies).not.toMatch(CRISIS);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('leave alone: "my dad hits my mum, it wasnt her fault" still gets the safeguarding answer and a flag', async () => {
    chat = await atNeeds({ age: '12' }, 'to get on better with my teachers');
    const replies = saidIn(await chat.say('my dad hits my mum, it wasnt her fault'));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });

  it('leave alone: "can you pass on to my key worker that i\'m sorry and it isn\'t her fault" is still asked after', async () => {
    chat = await atNeeds({ age: '19' }, 'to get a job');
    const replies = saidIn(await chat.say("can you pass on to my key worker that i'm sorry and it isn't her fault"));
    expect(replies).toMatch(/Are you OK\?|0800 1111|116 123/);
  });
});
