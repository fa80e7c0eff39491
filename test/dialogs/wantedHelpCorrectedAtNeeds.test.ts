import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * "that last bit was what I WANT to help": the last thing kept as hard was help they want. It moves
 * to the help wished for (with the hard thing before it), or, with no other hard thing, what is hard is asked.
 */

const BUS: SeedHope = { text: 'get the bus to college on my own', theme: 'independent_living', needs: [] };
const atNeeds = { today: '2026-12-02', name: 'Kai', age: 16, schoolYear: 11, hopes: [BUS], at: (d: { aspirations: { id: string }[] }) => ({ stage: 'needs' as const, step: Step.needsBarrier, topic: d.aspirations[0]!.id }) };

describe('the last hard thing was help they want', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('moves to help wished for with the hard thing before it', async () => {
    ({ chat } = await startWith(atNeeds));
    await chat.say('i get lost when the bus goes a different way');
    await chat.say('nothing yet');
    await chat.say('learning the bus route');
    expect((await chat.draft())!.needs).toHaveLength(2);
    const said = saidIn(await chat.say('that last bit was what I WANT to help'));
    expect(said).toMatch(/learning the bus route/);
    const needs = (await chat.draft())!.needs;
    expect(needs.map((n) => n.text)).toEqual(['i get lost when the bus goes a different way']);
    expect(needs[0]!.helps?.join(' ')).toMatch(/learning the bus route/);
    expect(chat.step).toBe(Step.needsMore);
  });

  it('with no other hard thing, keeps it as help wanted and asks what is hard', async () => {
    ({ chat } = await startWith(atNeeds));
    await chat.say('learning the bus route');
    expect((await chat.draft())!.needs).toHaveLength(1);
    await chat.say("that's what i want help with");
    expect((await chat.draft())!.needs).toEqual([]);
    expect(chat.step).toBe(Step.needsBarrier);
    await chat.say('i panic if the bus is late');
    const needs = (await chat.draft())!.needs;
    expect(needs.map((n) => n.text)).toEqual(['i panic if the bus is late']);
    expect(needs[0]!.helps?.join(' ')).toMatch(/learning the bus route/);
  });
});
