import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * The same need or help typed twice, in the same or other words, is kept once: the draft a key
 * worker reads has no rows that say the same thing.
 */

const FRIENDS: SeedHope = { text: 'have more friends', theme: 'friends_and_community', needs: [] };
const READ: SeedHope = { text: 'read books on my own', theme: 'learning_and_work', needs: ['i find reading hard'] };

describe('nothing typed twice is stored twice', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a need said again in other words at "anything else?" is kept once', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 15, schoolYear: 10, hopes: [FRIENDS], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say('i get nervous talking to people');
    await chat.say('my mum helps me practise');
    expect(chat.step).toBe(Step.needsMore);
    const said = saidIn(await chat.say('talking to people makes me nervous'));
    expect(said).toContain('I get nervous talking to people');
    expect(chat.step).toBe(Step.needsMore);
    const needs = (await chat.draft())!.needs;
    expect(needs.map((n) => n.text)).toEqual(['i get nervous talking to people']);
    expect(needs[0]!.helps).toEqual(['my mum helps me practise']);
  });

  it('help typed at the step and again at "what would it provide?" is kept once', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 15, schoolYear: 10, hopes: [READ] }));
    await chat.say('a TA');
    await chat.say('read a whole book on my own by the summer');
    for (let turn = 0; turn < 6 && chat.step !== Step.outcomeProvides; turn++) {
      if (chat.step === Step.outcomeWhen) await chat.say('by the summer');
      else if (chat.step === Step.outcomeMeasure) await chat.say('my teacher hears me read it');
      else if (chat.step === Step.outcomeDoesForMe) await chat.say('I would feel proud');
      else await chat.say('I could read to my little brother');
    }
    expect(chat.step).toBe(Step.outcomeProvides);
    await chat.say('TA and a laptop');
    const provision = (await chat.draft())!.outcomes[0]!.provision.map((p) => p.text);
    expect(provision).toEqual(['a TA', 'a laptop']);
    // Help typed again at the read-back: each piece once.
    expect(chat.step).toBe(Step.outcomeConfirm);
    await chat.say('extra time and a TA');
    expect((await chat.draft())!.outcomes[0]!.provision.map((p) => p.text)).toEqual(['a TA', 'a laptop', 'extra time']);
    // Said again more fully, the fuller words replace the shorter ones; said again shorter, nothing is added.
    await chat.say('extra time in exams');
    await chat.say('a laptop');
    expect((await chat.draft())!.outcomes[0]!.provision.map((p) => p.text)).toEqual(['a TA', 'a laptop', 'extra time in exams']);
  });

  // "reading is hard", then "i find reading hard" for the same hope: one need, and the bot says it
  // has that already (never "I've kept it" a second time).
  it('"i find reading hard" after "reading is hard" is the same need: kept once, and said to be kept already', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 15, schoolYear: 10, hopes: [{ ...READ, needs: [] }], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say('reading is hard');
    await chat.say('my mum');
    await chat.say('no');
    expect(chat.step).toBe(Step.outcomeStep);
    const said = saidIn(await chat.say('i find reading hard'));
    expect(said).toContain('I have that already for this hope: "reading is hard"');
    expect(said).not.toContain("I've kept");
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['reading is hard']);
  });

  it('the same need typed at "what already helps?" is said to be kept already, once', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 15, schoolYear: 10, hopes: [{ ...READ, needs: [] }], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say('reading is hard');
    const said = saidIn(await chat.say('i find reading hard'));
    expect(said).toContain('I have that already for this hope: "reading is hard"');
    expect(said).not.toContain("I've kept");
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['reading is hard']);
  });
});
