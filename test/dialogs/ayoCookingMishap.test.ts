import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn as texts, startWith } from './journeySeed';

/*
 * Ayo, 16, dyspraxia: at "what makes cooking hard?" a near miss with a knife or a burn on the pan is a
 * hard thing for his plan, never the crisis answer. Only the whole message, from kitchen words; a cut
 * when stressed, on purpose, with a lighter, or again is heard as ever.
 */

const COOK = { text: 'learn to cook my own food', theme: 'independent_living' as const, needs: [] as string[] };

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atHard(): Promise<Transcript> {
  ({ chat } = await startWith({ today: '2026-12-02', name: 'Ayo', age: 16, schoolYear: 11, hopes: [COOK], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
  return chat!;
}

describe('a kitchen mishap at the cooking hard-things question', () => {
  for (const text of ['cutting stuff is hard i nearly cut myself once. and pouring hot stuff', 'i burnt myself on the pan by accident', 'i nearly cut myself when chopping']) {
    it(`"${text}": kept as a hard thing, no help lines, no note`, async () => {
      const c = await atHard();
      const replies = texts(await c.say(text));
      expect(replies).not.toMatch(/Childline|0800|Samaritans/);
      const draft = await c.draft();
      expect(draft?.flags).toHaveLength(0);
      expect(draft?.needs.map((n) => n.text).join(' ')).toMatch(text.startsWith('cutting') ? /cutting stuff is hard/i : /myself/);
      expect(c.step).not.toBe(Step.safeguardingCheck);
    });
  }

  for (const text of ['i cut myself when im stressed', 'i nearly cut myself on purpose', 'i burn myself with the lighter', 'cutting stuff is hard i cut myself again', 'i nearly cut myself once and my cousin hit me']) {
    it(`still heard: "${text}"`, async () => {
      const c = await atHard();
      await c.say(text);
      expect((await c.draft())?.flags.length).toBeGreaterThan(0);
      expect([Step.safeguardingCheck as string, 'gentle.check']).toContain(c.step);
    });
  }
});

describe('"i meant with a knife cutting veg. like by accident" right after the help lines', () => {
  it('after "i cut myself once": the note is marked a mix-up and his words are kept as a hard thing', async () => {
    const c = await atHard();
    await c.say('i cut myself once');
    expect(c.step).toBe(Step.safeguardingCheck);
    const replies = texts(await c.say('i meant with a knife cutting veg. like by accident'));
    expect(replies).toMatch(/marked the note as a mix-up/);
    const draft = await c.draft();
    expect(draft?.flags.map((f) => Boolean(f.takenBackAt))).toEqual([true]);
    expect(draft?.needs.map((n) => n.text).join(' ')).toMatch(/cut myself once/);
    expect(c.step).not.toBe(Step.safeguardingCheck);
  });

  it('after "i cut myself when im stressed": the note stays as it was', async () => {
    const c = await atHard();
    await c.say('i cut myself when im stressed');
    const replies = texts(await c.say('i meant with a knife cutting veg. like by accident'));
    expect(replies).not.toMatch(/marked the note as a mix-up/);
    expect((await c.draft())?.flags.every((f) => !f.takenBackAt)).toBe(true);
  });
});
