import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * Funmi changes one of the three answers about Tobi's outcome by naming its question: at the read-back, or at
 * "another outcome?" just after it was saved. Only that answer changes: never the outcome's sentence, never a new
 * hope or outcome.
 */

const WALK: SeedHope = { text: 'I want Tobi to walk more', theme: 'independent_living', needs: ['He needs his frame and 2 people'] };
let chat: Transcript;
afterEach(async () => chat?.close());

async function toReadBack(): Promise<Transcript> {
  ({ chat } = await startWith({ today: '2026-12-02', who: 'parent_carer', name: 'Tobi', age: 8, schoolYear: 3, hopes: [WALK] }));
  for (const s of ['walk 5 steps with his frame from sofa to table by the end of year 4', 'his physio counts the steps', 'he would feel proud', 'he could sit at the table with us', 'physio twice a week']) {
    if (chat.step === Step.outcomeConfirm) break;
    await chat.say(s);
  }
  expect(chat.step).toBe(Step.outcomeConfirm);
  return chat;
}

const CHANGES: [string, 'doesForMe' | 'makesPossible' | 'provides', string][] = [
  ['change what would it make possible to: he could stand up to help at home', 'makesPossible', 'he could stand up to help at home'],
  ['change what would it do for Tobi to: he will feel so proud', 'doesForMe', 'he will feel so proud'],
  ['what would it do for him should be: he will be so happy', 'doesForMe', 'he will be so happy'],
  ['please change what it would make possible to: he can eat with his brothers', 'makesPossible', 'he can eat with his brothers'],
  ['change what would it provide to: physio every week at school', 'provides', 'physio every week at school'],
];

async function outcomeOf(c: Transcript) {
  return (await c.draft())!.outcomes[0]!;
}

describe('one of the three answers changed by its question', () => {
  it.each(CHANGES)('at the read-back, %j changes only that answer', async (typed, part, words) => {
    const c = await toReadBack();
    const before = await outcomeOf(c);
    await c.say(typed);
    expect(c.step).toBe(Step.outcomeConfirm);
    const after = await outcomeOf(c);
    expect(after.statement).toBe(before.statement);
    if (part === 'provides') expect(after.provision.map((p) => p.text).join(' ')).toMatch(/physio every week/);
    else expect(after[part]).toBe(words);
  });

  it.each(CHANGES.slice(0, 2))('at "another outcome?", %j changes the outcome just saved, adds nothing', async (typed, part, words) => {
    const c = await toReadBack();
    await c.say('yes');
    expect(c.step).toBe(Step.outcomeAnother);
    const hopes = (await c.draft())!.aspirations.length;
    await c.say(typed);
    expect(c.step).toBe(Step.outcomeAnother);
    const draft = (await c.draft())!;
    expect(draft.aspirations).toHaveLength(hopes);
    expect(draft.outcomes).toHaveLength(1);
    expect(draft.outcomes[0]![part as 'doesForMe']).toBe(words);
  });

  it('two changes in one message are both made', async () => {
    const c = await toReadBack();
    await c.say('change what would it do for him to: he will feel proud. and change what would it provide to: physio twice a week and a frame at school');
    const after = await outcomeOf(c);
    expect(after.doesForMe).toBe('he will feel proud');
    expect(after.provision.map((p) => p.text).join(' ')).toMatch(/frame at school/);
  });

  it('leave alone: "yes thats right" at the read-back saves the outcome', async () => {
    const c = await toReadBack();
    await c.say('yes thats right');
    expect(c.step).toBe(Step.outcomeAnother);
  });
});

describe('a yes, then a question of her own, at the read-back', () => {
  it.each([
    'yes thats right. but you didnt answer, where do i put the hoist?',
    'yes. where do i put that we need physio?',
    'yeah thats fine. is the physio a hope or what?',
    'ok. you didnt answer me: can i ask for direct payment in this plan?',
    'yes its right! where does the OT go?',
  ])('%j: the yes is taken and the question answered', async (typed) => {
    const c = await toReadBack();
    await c.say(typed);
    expect(c.step).toBe(Step.outcomeAnother);
    expect((await c.draft())!.outcomes[0]!.confirmed).toBe(true);
  });
});
