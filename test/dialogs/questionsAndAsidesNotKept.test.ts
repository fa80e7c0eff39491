import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { typeUntil, type Typed } from '../support/typedWay';
import { parentSeed, saidIn, startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * Questions, asides and complaints typed at an open question are answered or heard, never kept as
 * the answer: a grandmother asking what "local offer" means, a parent checking the step, a remark
 * ("She's only six"), a young adult calling the question vague. Real answers with a lead-in ("I
 * think.", "Sorry, I meant ...") keep only the answer.
 */

const TOILET: SeedHope = { text: 'She can use the toilet on her own', theme: 'health_and_wellbeing', needs: ['She needs reminders to go'] };
const WORK: SeedHope = { text: 'I want a job in a shop', theme: 'learning_and_work', needs: ['I get anxious on the bus'] };

const WAY: Typed = {
  [Step.outcomeStep]: 'go to the toilet when the timer goes off',
  [Step.outcomeWhen]: 'by the summer',
  [Step.outcomeMeasure]: 'her teacher will tick the chart',
  [Step.outcomeDoesForMe]: 'she would feel proud',
  [Step.outcomeMakesPossible]: 'she could go to parties',
  [Step.needsBarrier]: 'she forgets to go',
};

type Who = 'grandparent' | 'adult';
const needsAt: Seed['at'] = (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id });
const hopesAt: Seed['at'] = () => ({ stage: 'hopes', step: Step.hopesDream });

async function at(who: Who, step: StepId): Promise<Transcript> {
  const hopes = step.startsWith('hopes') ? [] : [who === 'grandparent' ? TOILET : WORK];
  const where = step.startsWith('hopes') ? { at: hopesAt } : step.startsWith('needs') ? { at: needsAt } : {};
  const seed: Seed = who === 'grandparent' ? parentSeed({ name: 'Lily', age: 7, schoolYear: 2 }, hopes, where) : { today: '2026-12-02', name: 'Sam', age: 19, hopes, ...where };
  const { chat } = await startWith(seed);
  await typeUntil(chat, step, WAY);
  return chat;
}

const kept = (d: Draft | undefined) => JSON.stringify([d?.aspirations.map((a) => a.text), d?.needs.map((n) => [n.text, n.helps]), d?.outcomes.map((o) => [o.statement, o.measure, o.doesForMe, o.makesPossible])]);
const helpsOf = (d: Draft | undefined) => (d?.needs ?? []).flatMap((n) => n.helps ?? []).join(' | ');

describe('questions, asides and complaints are never kept as answers', () => {
  let chat: Transcript | undefined;
  afterEach(async () => {
    await chat?.close();
    chat = undefined;
  });

  it('a grandmother asking what "local offer" means hears it explained; no hope kept; the question again', async () => {
    chat = await at('grandparent', Step.hopesDream);
    const replies = await chat.say('What do you mean by local offer? I have never heard of that.');
    expect(saidIn(replies)).toMatch(/council/i);
    expect((await chat.draft())!.aspirations).toEqual([]);
    expect(chat.step).toBe(Step.hopesDream);
  });

  for (const said of ['What step have you written down? I want to check.', "which step did you write down for her?"]) {
    it(`"${said}" at the measure question hears the step read back; nothing kept; asked again`, async () => {
      chat = await at('grandparent', Step.outcomeMeasure);
      const before = kept(await chat.draft());
      const replies = await chat.say(said);
      expect(saidIn(replies)).toContain('go to the toilet when the timer goes off');
      expect(kept(await chat.draft())).toBe(before);
      expect(chat.step).toBe(Step.outcomeMeasure);
    });
  }

  for (const said of ['Can we start the toilet one again please?', 'can we do this one again from the start']) {
    it(`"${said}" at "what would it do" is a wish to redo the outcome, never its answer`, async () => {
      chat = await at('grandparent', Step.outcomeDoesForMe);
      const asked = await chat.say(said);
      expect(saidIn(asked)).toMatch(/write this outcome for Lily again/);
      expect((await chat.draft())!.outcomes.every((o) => o.doesForMe === null)).toBe(true);
      await chat.say('yes');
      expect(chat.step).toBe(Step.outcomeStep);
      expect((await chat.draft())!.outcomes).toEqual([]);
    });
  }

  for (const said of ["She's only six", "I hadn't thought of that", 'You gave that example before.']) {
    it(`"${said}" at the help question is a remark: heard, not kept, asked again`, async () => {
      chat = await at('grandparent', Step.needsHelps);
      const before = kept(await chat.draft());
      const replies = await chat.say(said);
      expect(saidIn(replies)).not.toBe('');
      expect(kept(await chat.draft())).toBe(before);
      expect(chat.step).toBe(Step.needsHelps);
    });
  }

  it('"You gave that example before." at "what would it do" is a remark, never kept', async () => {
    chat = await at('grandparent', Step.outcomeDoesForMe);
    await chat.say('You gave that example before.');
    expect((await chat.draft())!.outcomes.every((o) => o.doesForMe === null)).toBe(true);
    expect(chat.step).toBe(Step.outcomeDoesForMe);
  });

  it('"speech therapy. she only gets it once a term and that\'s not enough" keeps the help with how often, not the complaint words', async () => {
    chat = await at('grandparent', Step.needsHelps);
    await chat.say("speech therapy. she only gets it once a term and that's not enough");
    const helps = helpsOf(await chat.draft());
    expect(helps).toMatch(/speech therapy/i);
    expect(helps).toMatch(/once a term/i);
    expect(helps).not.toMatch(/that'?s not enough/i);
  });

  it('at the help question of an outcome, "she only gets it once a term" stays with its help, never a help of its own', async () => {
    chat = await at('grandparent', Step.outcomeProvides);
    await chat.say("speech therapy. she only gets it once a term and that's not enough");
    const provision = (await chat.draft())!.outcomes[0]!.provision;
    expect(provision).toHaveLength(1);
    expect(provision[0]!.text).toMatch(/^speech therapy/i);
    expect(provision[0]!.howOften).toBe('once a term');
  });

  for (const [said, answer] of [
    ['I think. she gets upset when it is loud', 'she gets upset when it is loud'],
    ['Sorry, I meant she gets upset when it is loud', 'she gets upset when it is loud'],
  ] as const) {
    it(`"${said}" keeps only "${answer}"`, async () => {
      chat = await at('grandparent', Step.needsBarrier);
      await chat.say(said);
      const needs = (await chat.draft())!.needs.map((n) => n.text);
      expect(needs).toContain(answer);
    });
  }

  it('a young adult calling the hopes question vague hears adult examples; nothing kept; then "i was asking you a question" keeps nothing', async () => {
    chat = await at('adult', Step.hopesDream);
    const replies = await chat.say('thats a vague question. hopes and dreams for what');
    expect(saidIn(replies)).toMatch(/work or college, where you live, friends/);
    expect((await chat.draft())!.aspirations).toEqual([]);
    expect(chat.step).toBe(Step.hopesDream);
    await chat.say('no thats not a hope. i was asking you a question');
    expect((await chat.draft())!.aspirations).toEqual([]);
    expect(chat.step).toBe(Step.hopesDream);
  });

  it('"i would have done it. the job coach would know" never keeps "i would have done it" as what it does', async () => {
    chat = await at('adult', Step.outcomeDoesForMe);
    await chat.say('i would have done it. the job coach would know');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.doesForMe ?? '').not.toMatch(/i would have done it/i);
  });

  it('"say what. i already did" never keeps "what"', async () => {
    chat = await at('adult', Step.outcomeDoesForMe);
    await chat.say('say what. i already did');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.doesForMe).toBeNull();
    expect(chat.step).toBe(Step.outcomeDoesForMe);
  });

  it('"my dad drives me now. and the lads at the bus stop" keeps only "my dad drives me" as help', async () => {
    chat = await at('adult', Step.needsHelps);
    await chat.say('my dad drives me now. and the lads at the bus stop');
    const helps = helpsOf(await chat.draft());
    expect(helps).toMatch(/my dad drives me/i);
    expect(helps).not.toMatch(/lads/i);
  });
});
