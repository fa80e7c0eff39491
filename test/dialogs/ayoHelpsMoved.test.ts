import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn as texts, startWith } from './journeySeed';

/*
 * Ayo, 16, answered "what makes it hard?" with "the laptop n mr okafor", which are what help him.
 * At "what already helps?", "i just said like the laptop n mr okafor?? those were things that would
 * help not hard things" moves them to what helps, and the complaint is never kept.
 */

const GAME = { text: 'make my own games', theme: 'learning_and_work' as const, needs: [] as string[] };

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('hard thing that was help', () => {
  it('"...those were things that would help not hard things": moved to what helps; the complaint is not kept', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Ayo', age: 16, schoolYear: 11, hopes: [GAME], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    const c = chat!;
    await c.say('the laptop n mr okafor');
    expect(c.step).toBe(Step.needsHelps);
    const replies = texts(await c.say('i just said like the laptop n mr okafor?? those were things that would help not hard things'));
    expect(replies).not.toMatch(/noted it as an idea/);
    expect(c.step).toBe(Step.needsBarrier);
    const draft = await c.draft();
    expect(draft?.needs.map((n) => n.text)).not.toContain('the laptop n mr okafor');
    expect(JSON.stringify(draft)).not.toMatch(/not hard things/);
    expect(JSON.stringify(draft?.aboutMe.support)).toMatch(/laptop n mr okafor/);
  });
});

describe('"thats wrong... can u fix it" at what helps', () => {
  // "fix it" says only that something is wrong (the words, or a help kept as a hard thing): both ways are offered.
  it.each(['thats wrong... can u fix it', 'its wrong pls fix it'])('%j says back the hard thing just kept and how to put it right; never the list of hopes, never kept', async (typed) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Ayo', age: 16, schoolYear: 11, hopes: [GAME], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    const c = chat!;
    await c.say('the laptop n mr okafor');
    const replies = texts(await c.say(typed));
    expect(replies).toMatch(/I kept .*laptop.* as what makes it hard/i);
    expect(replies).not.toMatch(/hopes I've kept/);
    expect(c.step).toBe(Step.needsHelps);
    expect(JSON.stringify(await c.draft())).not.toMatch(/fix it/);
    expect(replies).toMatch(/tell me it is something that helps/);
  });
});
