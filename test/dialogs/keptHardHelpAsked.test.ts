import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * A hard thing kept before the needs questions ("I get nervous talking to customers") gets its
 * "what already helps?" too, when another hard thing is typed beside it: never only the new one.
 */

const CAFE: SeedHope = { text: 'work in a cafe', theme: 'learning_and_work', needs: ['I get nervous talking to customers'] };
const atNeeds = { today: '2026-12-02', name: 'Kai', age: 17, schoolYear: 12, hopes: [CAFE], at: (d: { aspirations: { id: string }[] }) => ({ stage: 'needs' as const, step: Step.needsBarrier, topic: d.aspirations[0]!.id }) };

describe('what helps, for every kept hard thing', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a second hard thing typed beside a kept one: what helps is asked, and kept, for both', async () => {
    ({ chat } = await startWith(atNeeds));
    await chat.say('i also get muddled with money at the till');
    expect(chat.step).toBe(Step.needsHelps);
    expect(chat.lastQuestion?.activity.text).toMatch(/nervous talking to customers/);
    expect(chat.lastQuestion?.activity.text).toMatch(/muddled with money/);
    await chat.say('my job coach stays close by');
    const needs = (await chat.draft())!.needs;
    expect(needs.map((n) => n.text)).toEqual(['I get nervous talking to customers', 'i also get muddled with money at the till']);
    expect(needs[0]!.helps).toEqual(['my job coach stays close by']);
    expect(needs[1]!.helps).toEqual(['my job coach stays close by']);
  });
});
