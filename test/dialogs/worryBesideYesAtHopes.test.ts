import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo, type Typed } from '../support/typedWay';

/*
 * A parent at "Do you have another hope or dream for Leo?" types "yes but I'm worried he'll be
 * picked on at the new school": a worry about how others may treat the child, not a hope and not the
 * family's own need. It is heard as a worry, the hope they said yes to is asked for, and nothing is
 * kept that they did not choose. Being picked on now is a disclosure, and takes the safeguarding path.
 */
const standard = createWords().forMode('standard');
const PARENT = { who: 'A parent or carer' as const, name: 'Leo', age: 'Year 6' };
const TYPED: Typed = { [Step.hopesDream]: 'to make friends at secondary school' };

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('a worry beside "yes" at "another hope?"', () => {
  it.each(["yes but I'm worried he'll be picked on at the new school", 'yeah, but i worry he wont fit in there'])(
    '%j is heard as a worry, and the other hope is asked for',
    async (said) => {
      chat = await typedTo(Step.hopesMore, PARENT, TYPED);
      const replies = saidIn(await chat.say(said));
      expect(replies).toContain(standard('hopes:worryAboutChild'));
      expect(replies).not.toContain(standard('hopes:carerWorry'));
      expect(chat.step).toBe(Step.hopesDream);
      let draft = await chat.draft();
      expect(draft?.needs).toEqual([]);
      expect(draft?.flags).toEqual([]);
      await chat.say('to join a football club');
      draft = await chat.draft();
      expect(draft?.aspirations.map((a) => a.text)).toEqual(['to make friends at secondary school', 'to join a football club']);
      expect(draft?.needs).toEqual([]);
    },
  );

  it('"I\'m worried he\'ll be picked on" without a yes is heard as a worry, and "another hope?" is asked again', async () => {
    chat = await typedTo(Step.hopesMore, PARENT, TYPED);
    const replies = saidIn(await chat.say("I'm worried he'll be picked on at the new school"));
    expect(replies).toContain(standard('hopes:worryAboutChild'));
    expect(chat.step).toBe(Step.hopesMore);
    expect((await chat.draft())?.needs).toEqual([]);
  });

  it('"yes but other kids are picking on him at school already" takes the safeguarding path', async () => {
    chat = await typedTo(Step.hopesMore, PARENT, TYPED);
    await chat.say('yes but other kids are picking on him at school already');
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['bullying']);
  });
});
