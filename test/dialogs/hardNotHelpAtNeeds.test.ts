import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * "That was what makes it hard, not what works", just after an answer was kept as help: that answer
 * moves to the hard things in its own words, the correction itself is never kept, and what helps is asked again.
 */

const COLLEGE: SeedHope = { text: 'go to college to do music', theme: 'learning_and_work', needs: [] };
const atNeeds = { today: '2026-12-02', name: 'Ollie', age: 17, schoolYear: 12, hopes: [COLLEGE], at: (d: { aspirations: { id: string }[] }) => ({ stage: 'needs' as const, step: Step.needsBarrier, topic: d.aspirations[0]!.id }) };

describe('a help that was really a hard thing', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('moves to the hard things and what helps is asked again', async () => {
    ({ chat } = await startWith(atNeeds));
    await chat.say('i get really anxious in new places');
    await chat.say('the noise in the corridors between lessons');
    expect((await chat.draft())!.needs[0]!.helps).toEqual(['the noise in the corridors between lessons']);
    const said = saidIn(await chat.say('That was what makes it hard, not what works'));
    expect(said).toMatch(/the noise in the corridors/i);
    const needs = (await chat.draft())!.needs;
    expect(needs.map((n) => n.text)).toEqual(['i get really anxious in new places', 'the noise in the corridors between lessons']);
    expect(needs.flatMap((n) => n.helps ?? [])).toEqual([]);
    expect(JSON.stringify(await chat.draft())).not.toMatch(/what works/i);
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say('my headphones');
    expect((await chat.draft())!.needs.some((n) => n.helps?.includes('my headphones'))).toBe(true);
  });

  it('said at "what helps?" about another hard thing, the help kept before moves too', async () => {
    ({ chat } = await startWith(atNeeds));
    await chat.say('i get really anxious in new places');
    await chat.say('being rushed by the teachers');
    await chat.say('yes i cant read the timetable');
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say('that was what makes it hard, not what works');
    const needs = (await chat.draft())!.needs;
    expect(needs.map((n) => n.text)).toContain('being rushed by the teachers');
    expect(needs.flatMap((n) => n.helps ?? [])).toEqual([]);
    expect(needs).toHaveLength(3);
    expect(chat.step).toBe(Step.needsHelps);
  });
});
