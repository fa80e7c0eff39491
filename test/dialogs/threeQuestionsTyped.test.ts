import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const CHEF: SeedHope = { text: 'be a chef in a proper restaurant', theme: 'learning_and_work', needs: ['reading recipes, my dyslexia'] };

/** Types a step and its date and measure until the bot asks what it would do for them. */
async function reachDoesForMe(chat: Transcript): Promise<void> {
  await chat.say('pass my level 1 catering and get on level 2');
  for (let turn = 0; turn < 4 && chat.step !== Step.outcomeDoesForMe; turn++) {
    if (chat.step === Step.outcomeWhen) await chat.say('by next summer');
    else await chat.say('my tutor signs off all my units and i get the certificate');
  }
  expect(chat.step).toBe(Step.outcomeDoesForMe);
}

describe('the three questions keep each answer where it belongs', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'id have my own money for the flat wiv jas. n real kitchen experiance',
    "I'd have my own money and I could move out",
    'i would get to cook for real people',
  ])('"%s" at "what would it do for you?" is what it does for them, never help', async (typed) => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 17, schoolYear: 12, hopes: [CHEF] }));
    await reachDoesForMe(chat);
    await chat.say(typed);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.doesForMe).toBe(typed);
    expect(outcome.provision).toEqual([]);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
  });

  it('"buster would love it lol. free" at the three questions is kept without the laughing', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 20, hopes: [{ text: 'walk buster more', theme: 'health_and_wellbeing', needs: ['hes a staffie. hes well strong'] }] }));
    await chat.say('walk buster to the park on my own');
    for (let turn = 0; turn < 4 && chat.step !== Step.outcomeDoesForMe; turn++) {
      if (chat.step === Step.outcomeWhen) await chat.say('in 6 months');
      else await chat.say('nan sees me go and come back');
    }
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    await chat.say('buster would love it lol. free');
    await chat.say('go to the park more haha');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.doesForMe).toBe('buster would love it. free');
    expect(outcome.makesPossible).toBe('go to the park more');
  });

  it('help offered at "what would it do for you?" is still kept as help', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 17, schoolYear: 12, hopes: [CHEF] }));
    await reachDoesForMe(chat);
    await chat.say('a reader in my exams');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.provision.map((p) => p.text)).toEqual(['a reader in my exams']);
    expect(outcome.doesForMe ?? null).toBeNull();
  });

  it('"my nan teaching me and maybe cooking lessons at school" at "what would it make possible?" is help, not what it makes possible', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 17, schoolYear: 12, hopes: [CHEF] }));
    await reachDoesForMe(chat);
    await chat.say('proud');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    const replies = await chat.say('my nan teaching me and maybe cooking lessons at school');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.provision.map((p) => p.text).join(' ')).toMatch(/my nan teaching me/);
    expect(outcome.makesPossible ?? null).toBeNull();
    expect(replies.map((a) => a.text ?? '').join(' ')).toMatch(/my nan teaching me/);
  });

  it('"i freeze up when ppl ask me stuff" at the help question is kept as something hard, and the help asked again', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 17, schoolYear: 12, hopes: [CHEF] }));
    await reachDoesForMe(chat);
    await chat.say('proud');
    await chat.say('get a job in a kitchen');
    expect(chat.step).toBe(Step.outcomeProvides);
    await chat.say('i freeze up when ppl ask me stuff');
    const draft = (await chat.draft())!;
    const outcome = draft.outcomes[0]!;
    expect(outcome.provision).toEqual([]);
    const need = draft.needs.find((n) => n.text === 'i freeze up when ppl ask me stuff');
    expect(need).toBeDefined();
    expect(outcome.needIds).toContain(need!.id);
    expect(chat.step).toBe(Step.outcomeProvides);
    await chat.say('someone to read the theory to me');
    expect((await chat.draft())!.outcomes[0]!.provision.map((p) => p.text)).toEqual(['someone to read the theory to me']);
  });
});
