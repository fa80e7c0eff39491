import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * "with Jo at first, I want to go to the shop on my own": the help said before the step is kept as
 * help for it, and the step keeps its own words. "with my friends" is part of a step, not help.
 */

const SHOP: SeedHope = { text: 'do things on my own', theme: 'independent_living', needs: ['I get nervous in shops'] };

async function atTheStep(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Sam', age: 15, schoolYear: 10, hopes: [SHOP] });
  expect(chat.step).toBe(Step.outcomeStep);
  return chat;
}

describe('help said before the step is kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['with Jo at first, I want to go to the shop on my own', 'Jo at first'],
    ['with my TA at first, I will go to the shop on my own', 'my TA at first'],
    ['I want to go to the shop on my own, with mum at first', 'mum at first'],
  ])('"%s"', async (typed, help) => {
    chat = await atTheStep();
    await chat.say(typed);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.provision.map((p) => p.text)).toContain(help);
    expect(outcome.statement).not.toContain(help);
  });

  it('leave alone: "go to the cinema with my friends" keeps its friends in the step, with no help', async () => {
    chat = await atTheStep();
    await chat.say('go to the cinema with my friends');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toContain('with my friends');
    expect(outcome.provision).toEqual([]);
  });
});
