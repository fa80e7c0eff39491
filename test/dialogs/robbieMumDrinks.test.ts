import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * Robbie, 16, at the needs question: "mum drinks and has the telly up loud". A parent's drinking told as how home is
 * gets "Are you OK?" (a flag, if it comes, is category other: substance misuse), and is never kept in the plan.
 * A glass of wine at Christmas, or coffee all day, is ordinary.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atWhatMakesItHard(): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-02',
    name: 'Robbie',
    age: 16,
    hopes: [{ text: 'to get a job in a garage', theme: 'learning_and_work', needs: [] }],
    at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
  }));
  return chat!;
}

const needsText = async (chat: Transcript): Promise<string> => ((await chat.draft())?.needs.map((n) => n.text) ?? []).join(' ');

describe("a parent's drinking", () => {
  it('"mum drinks and has the telly up loud" is asked after, flagged as other when not OK, and not kept', async () => {
    const chat = await atWhatMakesItHard();
    await chat.say('mum drinks and has the telly up loud');
    expect(chat.step).toBe(Step.safeguardingCheck);
    await chat.say('not really');
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['other']);
    expect(await needsText(chat)).not.toMatch(/drinks/);
  });

  it.each(['mums always drinking', 'dads drinking again', 'my mum drinks', 'mum drinks and has the telly up loud'])('"%s" is asked after', async (said) => {
    const chat = await atWhatMakesItHard();
    await chat.say(said);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });

  it.each(['my dad is always drunk when i get home', 'mum drinks every night and forgets tea', 'theres always cans everywhere and mum sleeps all day'])(
    '"%s" is heard at least as gently, and not kept',
    async (said) => {
      const chat = await atWhatMakesItHard();
      await chat.say(said);
      expect(chat.step).toBe(Step.safeguardingCheck);
      expect(await needsText(chat)).toBe('');
    },
  );

  it.each(['mum has a glass of wine at christmas', 'dad drinks coffee all day', 'my mum drinks wine with her dinner', 'my dad was drinking water'])('"%s" is ordinary', async (said) => {
    const chat = await atWhatMakesItHard();
    await chat.say(said);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags).toEqual([]);
  });
});
