import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo, type Typed } from '../support/typedWay';

/*
 * Tiredness from a condition, care at home told by the young person, relief, and complaints about
 * the chat are no worry: none is interrupted with "That sounds hard. Are you OK?", and none is
 * flagged. Tiredness typed where a hope is asked is what makes things hard, never a hope.
 */
const GENTLE = createWords().forMode('standard')('safeguarding:gentle.question');
const TYPED: Typed = { [Step.hopesDream]: 'to go to college', [Step.hopesMore]: 'no', [Step.hopesTheme]: ['no', 'no', 'no', 'no'] };
const SAID = [
  'im knackered all the time cos of my fatigue',
  'my ME makes me so tired',
  'mum does basically everything for me, getting me up, washing me',
  'so relieved',
  "relieved it's over",
  'this is so boring',
  "you keep asking the same thing, it's doing my head in",
];

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function typedAt(step: StepId, said: string) {
  chat = await typedTo(step, { age: 'Year 10' }, TYPED);
  const replies = saidIn(await chat.say(said));
  return { replies, draft: await chat.draft() };
}

describe('no "Are you OK?" for everyday tiredness, care, relief or complaints', () => {
  it.each(SAID)('%j at "what makes it hard?" is not checked or flagged', async (said) => {
    const { replies, draft } = await typedAt(Step.needsBarrier, said);
    expect(replies).not.toContain(GENTLE);
    expect(chat?.step).not.toBe(Step.safeguardingCheck);
    expect(draft?.flags).toEqual([]);
  });

  it.each(SAID)('%j at "another hope?" is not checked or flagged', async (said) => {
    const { replies, draft } = await typedAt(Step.hopesMore, said);
    expect(replies).not.toContain(GENTLE);
    expect(chat?.step).not.toBe(Step.safeguardingCheck);
    expect(draft?.flags).toEqual([]);
  });

  it.each(['im knackered all the time cos of my fatigue', 'my ME makes me so tired'])('%j at the dream is heard as hard, never kept as a hope', async (said) => {
    const { replies, draft } = await typedAt(Step.hopesDream, said);
    expect(replies).not.toContain(GENTLE);
    expect(draft?.aspirations).toEqual([]);
    expect(chat?.step).toBe(Step.hopesDream);
  });

  it('"to not be so tired all the time" is a hope', async () => {
    const { draft } = await typedAt(Step.hopesDream, 'to not be so tired all the time');
    expect(draft?.aspirations.map((a) => a.text.toLowerCase())).toEqual([expect.stringContaining('tired')]);
  });
});
