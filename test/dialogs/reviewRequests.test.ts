import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addAboutMe, addNeedHelp, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/*
 * At the read-back, people ask for changes in their own words: a new hope, new words for what
 * helps or for a need, a part taken out, a need put under another part of the plan. Each is read
 * back and agreed first; only their own words are kept.
 */

/** Two hopes with needs, what helps, one outcome each with the help asked for. */
function filledIn(draft: Draft): Draft {
  let next = addAboutMe(draft, 'strengths', 'I am good at drawing');
  const [reading, noise] = next.needs;
  next = addNeedHelp(next, reading!.id, 'my mum reads it to me');
  expect(noise).toBeDefined();
  return withConfirmedOutcomes(next, (i) => ({
    statement: `By July 2027, I will do step ${i + 1}.`,
    timeframe: { phrase: 'by July 2027', date: '2027-07-23' },
    measure: 'my tutor will see it',
    doesForMe: 'I would feel proud',
    makesPossible: 'I could get a job',
    provision: i === 0 ? 'a laptop' : 'a quiet room at break',
  }));
}

const SEED: Seed = samAtReview(
  12,
  [
    { text: 'I want to design computer games', theme: 'learning_and_work', needs: ['Reading long instructions is hard'] },
    { text: 'Have more friends', theme: 'friends_and_community', needs: ['Noise in the classroom makes me upset', 'I worry a lot and cannot sleep'] },
  ],
  filledIn,
);

/** Every word of the draft the person could have typed, to check none of the bot's own is there. */
function storedWords(draft: Draft): string[] {
  return [
    ...draft.aspirations.map((a) => a.text),
    ...draft.needs.flatMap((n) => [n.text, ...(n.helps ?? [])]),
    ...draft.outcomes.flatMap((o) => [o.statement, o.measure ?? '', o.doesForMe ?? '', o.makesPossible ?? '', ...o.provision.map((p) => p.text)]),
  ];
}

describe('changes asked for in words at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"can I add another dream" asks for it, reads it back, and keeps it with no outcome yet when they say not now', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('can I add another dream');
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('I want to work with animals one day');
    expect(chat.lastQuestion!.activity.text).toContain('I want to work with animals one day');
    expect(chat.lastQuestion!.choices).toHaveLength(2);
    await chat.say('yes');
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('not now');
    expect(chat.step).toBe(Step.reviewSummary);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['I want to design computer games', 'Have more friends', 'I want to work with animals one day']);
    expect(draft.outcomes).toHaveLength(2);
    // The short read-back names the hope still without an outcome.
    expect(JSON.stringify(chat.lastQuestion!.activity.attachments)).toContain('An outcome for the hope \\"I want to work with animals one day\\"');
    expect(storedWords(draft).join(' ')).not.toMatch(/add another|dream\b|not now/i);
  });

  it('"add a hope about swimming" goes through the outcome questions for it, then back to the review', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('add a hope about swimming');
    expect(chat.lastQuestion!.activity.text).toContain('swimming');
    await chat.say('to swim at the big pool with my mates');
    await chat.say('yeah');
    await chat.say('yes');
    // What makes it hard, as the needs stage asks it, so the outcome is linked to a need too.
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('i get scared in the deep end');
    expect(chat.step).toBe(Step.outcomeStep);
    const hope = (await chat.draft())!.aspirations.at(-1)!;
    expect(hope.text).toBe('to swim at the big pool with my mates');
    expect(chat.lastQuestion!.topic).toBe(hope.id);
    const answers: Record<string, string> = {
      [Step.outcomeStep]: 'I will swim 25 metres on my own',
      [Step.outcomeWhen]: 'by next summer',
      [Step.outcomeMeasure]: 'my swimming teacher will see me do it',
      [Step.outcomeDoesForMe]: 'I would feel proud of myself',
      [Step.outcomeMakesPossible]: 'I could go swimming with my friends',
      [Step.outcomeProvides]: 'swimming lessons once a week',
      [Step.outcomeConfirm]: 'yes',
      [Step.outcomeAnother]: 'no thanks',
    };
    for (let turn = 0; turn < 14 && chat.step !== Step.reviewSummary; turn += 1) {
      const answer = answers[chat.step ?? ''];
      expect(answer, `no answer for ${chat.step}`).toBeDefined();
      await chat.say(answer!);
    }
    expect(chat.step).toBe(Step.reviewSummary);
    const draft = (await chat.draft())!;
    const outcome = draft.outcomes.find((o) => o.aspirationId === hope.id);
    expect(outcome?.statement).toMatch(/swim 25 metres on my own/);
    expect(outcome?.confirmed).toBe(true);
    expect(outcome?.measure).toMatch(/swimming teacher/);
    const need = draft.needs.find((n) => n.aspirationIds.includes(hope.id));
    expect(need?.text).toBe('i get scared in the deep end');
    expect(outcome?.needIds).toEqual([need!.id]);
  });

  it('"change the help for reading to a tutor" reads the change back and keeps it after a yes', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change the help for reading to a tutor');
    expect(chat.step).toBe(Step.reviewChange);
    if (!chat.lastQuestion!.activity.text!.includes('a tutor')) {
      // Both the help that works now and the help asked for fit: the person picks one.
      await chat.say(chat.lastQuestion!.choices.find((c) => c.includes('my mum reads it'))!);
    }
    expect(chat.lastQuestion!.activity.text).toContain('a tutor');
    await chat.say('yes');
    expect(chat.step).toBe(Step.reviewSummary);
    const draft = (await chat.draft())!;
    expect(draft.needs[0]!.helps).toEqual(['a tutor']);
  });

  it('"the bit about noise is wrong, it should say loud bells" rewords that need after a yes', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('the bit about noise is wrong, it should say loud bells');
    expect(chat.lastQuestion!.activity.text).toContain('Loud bells in the classroom makes me upset');
    await chat.say('yep');
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toContain('Loud bells in the classroom makes me upset');
    expect(draft.needs.map((n) => n.text)).not.toContain('Noise in the classroom makes me upset');
  });

  it('"no" to a read-back change asks for their own words instead, and keeps those', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('the laptop should be a tablet');
    expect(chat.lastQuestion!.activity.text).toContain('a tablet');
    await chat.say('no');
    expect(chat.lastQuestion!.choices).toEqual([]);
    await chat.say('a tablet with a keyboard');
    const provision = (await chat.draft())!.outcomes[0]!.provision.map((p) => p.text);
    expect(provision).toEqual(['a tablet with a keyboard']);
  });

  it('"remove the laptop" takes out that help after a yes', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('remove the laptop');
    expect(chat.lastQuestion!.activity.text).toContain('a laptop');
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.outcomes[0]!.provision).toEqual([]);
    expect(draft.outcomes[1]!.provision.map((p) => p.text)).toEqual(['a quiet room at break']);
  });

  it('"put the worry one under health" moves that need to health after a yes', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('put the worry one under health');
    expect(chat.lastQuestion!.activity.text).toContain('I worry a lot');
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.needs.find((n) => n.text.startsWith('I worry'))?.suggestedSection).toBe('health');
    await chat.say('show me what is hard');
    expect(JSON.stringify(chat.lastQuestion!.activity.attachments)).toContain('I worry a lot and cannot sleep (health)');
  });

  it('"that\'s a health thing not school" asks which need, then moves it', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say("that's a health thing not school");
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion!.choices).toHaveLength(3);
    await chat.say('the sleep one');
    await chat.say('yes please');
    expect((await chat.draft())!.needs.map((n) => n.suggestedSection)).toEqual([undefined, undefined, 'health']);
  });

  it('a need being reworded can be moved instead: "its a health thing"', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change something');
    await chat.say(chat.lastQuestion!.choices.find((c) => c.includes('I worry'))!);
    await chat.say("it's a health thing really");
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toContain('I worry a lot and cannot sleep');
    expect(draft.needs.find((n) => n.text.startsWith('I worry'))?.suggestedSection).toBe('health');
  });

  it('asks a parent for the new hope for their child by name', async () => {
    ({ chat } = await startWith({ ...SEED, who: 'parent_carer', name: 'Maisie', age: 6, schoolYear: 1 }));
    await chat.say('can i add another hope for maisie');
    expect(chat.lastQuestion!.activity.text).toContain('Maisie');
    // Who the hope is for is not what it is about.
    expect(chat.lastQuestion!.activity.text).not.toMatch(/about maisie/i);
    await chat.say('never mind');
    expect(chat.step).toBe(Step.reviewSummary);
    expect((await chat.draft())!.aspirations).toHaveLength(2);
  });

  it('"the noise stuff is more of a health thing tbh" moves that need after a yes', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('the noise stuff is more of a health thing tbh');
    expect(chat.lastQuestion!.activity.text).toContain('Noise in the classroom');
    await chat.say('yeah');
    expect((await chat.draft())!.needs.find((n) => n.text.startsWith('Noise'))?.suggestedSection).toBe('health');
  });

  it('after "Finish", "take out the laptop" and "can I add another dream" are still heard', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('looks good');
    expect(chat.step).toBe(Step.reviewDone);
    await chat.say('take out the laptop');
    expect(chat.lastQuestion!.activity.text).toContain('a laptop');
    await chat.say('yes');
    await chat.say('looks good');
    await chat.say('finish');
    await chat.say('actually can i add another dream');
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('to drive a car');
    await chat.say('yes');
    await chat.say('not now');
    const draft = (await chat.draft())!;
    expect(draft.outcomes[0]!.provision).toEqual([]);
    expect(draft.aspirations.at(-1)!.text).toBe('to drive a car');
  });

  it('a parent moves what was kept in the wrong place: "that\'s a dream not something people like about her", "the sleep one isnt a hope its a problem"', async () => {
    ({ chat } = await startWith({ ...SEED, who: 'parent_carer', name: 'Maisie', age: 6, schoolYear: 1, change: (d) => addAboutMe(filledIn(d), 'strengths', 'I want her to read on her own') }));
    await chat.say('the read on her own bit is a dream not something people like about her');
    expect(chat.lastQuestion!.activity.text).toContain('I want her to read on her own');
    await chat.say('yes');
    // Now a hope: its outcome can follow, or wait.
    expect(chat.lastQuestion!.choices).toHaveLength(2);
    await chat.say('not now');
    let draft = (await chat.draft())!;
    expect(draft.aboutMe.strengths).toEqual(['I am good at drawing']);
    expect(draft.aspirations.at(-1)!.text).toBe('I want her to read on her own');
    await chat.say('Have more friends isnt a hope its a problem');
    expect(chat.lastQuestion!.activity.text).toContain('Have more friends');
    await chat.say('yes');
    draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).not.toContain('Have more friends');
    const need = draft.needs.find((n) => n.text === 'Have more friends');
    expect(need?.aspirationIds.length).toBeGreaterThan(0);
    // The outcome that was towards it now answers that need.
    expect(draft.outcomes[1]!.needIds).toContain(need!.id);
  });

  it('tapped buttons in adding a hope are choices, never kept as words', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('add another dream: to learn to drive');
    expect(chat.lastQuestion!.activity.text).toContain('to learn to drive');
    await chat.say(chat.lastQuestion!.choices[0]!);
    await chat.say(chat.lastQuestion!.choices[0]!);
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say(chat.lastQuestion!.choices[0]!);
    expect(chat.step).toBe(Step.outcomeStep);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.at(-1)!.text).toBe('to learn to drive');
    expect(draft.needs.filter((n) => n.aspirationIds.includes(draft.aspirations.at(-1)!.id))).toEqual([]);
    expect(storedWords(draft).join(' ')).not.toMatch(/make one now|nothing makes it hard|^yes$/i);
  });
});
