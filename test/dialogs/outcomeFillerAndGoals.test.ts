import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const BUS: SeedHope = { text: 'get to college on my own', theme: 'independent_living', needs: ['I get lost easily'] };
const FRIENDS: SeedHope = { text: 'make friends at school', theme: 'friends_and_community', needs: ['I find it hard to talk to people'] };

/** A young person's outcome typed up to "what help would be needed?". */
async function toProvides(chat: Transcript): Promise<void> {
  await chat.say('talk to one new person at lunch by christmas');
  if (chat.step === Step.outcomeWhen) await chat.say('by christmas');
  if (chat.step === Step.outcomeMeasure) await chat.say('my teacher sees me talking to someone');
  if (chat.step === Step.outcomeDoesForMe) await chat.say('i would feel happy');
  if (chat.step === Step.outcomeMakesPossible) await chat.say('i could go to clubs');
  expect(chat.step).toBe(Step.outcomeProvides);
}

describe('thinking sounds and goals at the outcome questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['ummm', 'idk', 'hmm', 'erm...'])('"%s" at "how would you know?" is never the measure: ideas are given and it is asked again', async (filler) => {
    ({ chat } = await startWith({ today: '2025-03-10', name: 'Kai', age: 15, schoolYear: 10, hopes: [BUS] }));
    await chat.say('get the bus to college on my own by the end of year 11');
    expect(chat.step).toBe(Step.outcomeMeasure);
    const replies = (await chat.say(filler)).map((r) => r.text ?? '').join(' ');
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect(replies).toMatch(/For example/);
    expect(replies).toMatch(/How would you and others know/);
    expect((await chat.draft())!.outcomes[0]!.measure).toBeUndefined();
    await chat.say('i get the bus every day for a week');
    expect((await chat.draft())!.outcomes[0]!.measure).toMatch(/^i get the bus every day for a week$/i);
  });

  it('"have a best frend" at "what help?" is what it would make possible, never help; the help is asked again', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', name: 'Kai', age: 12, schoolYear: 7, hopes: [FRIENDS] }));
    await toProvides(chat);
    const replies = (await chat.say('have a best frend')).map((r) => r.text ?? '').join(' ');
    expect(chat.step).toBe(Step.outcomeProvides);
    expect(replies).toContain('have a best frend');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.provision).toEqual([]);
    expect(outcome.makesPossible).toContain('have a best frend');
    await chat.say('a lunch club with a buddy');
    expect((await chat.draft())!.outcomes[0]!.provision.map((p) => p.text)).toEqual(['a lunch club with a buddy']);
  });

  it.each(['maths is hard 😣', 'i find maths hard 😣😣'])('"%s" at "what help?" is kept as something hard, never help', async (hard) => {
    ({ chat } = await startWith({ today: '2025-03-10', name: 'Kai', age: 12, schoolYear: 7, hopes: [FRIENDS] }));
    await toProvides(chat);
    const replies = (await chat.say(hard)).map((r) => r.text ?? '').join(' ');
    expect(chat.step).toBe(Step.outcomeProvides);
    expect(replies).toMatch(/something that makes this hard/);
    const draft = (await chat.draft())!;
    expect(draft.outcomes[0]!.provision).toEqual([]);
    expect(draft.needs.map((n) => n.text).join(' ')).toMatch(/maths (?:is )?hard/i);
  });

  it('help said with an emoji is still help, kept without the emoji', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', name: 'Kai', age: 12, schoolYear: 7, hopes: [FRIENDS] }));
    await toProvides(chat);
    await chat.say('a TA in maths 😣');
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect((await chat.draft())!.outcomes[0]!.provision.map((p) => p.text)).toEqual(['a TA in maths']);
  });

  it('"my goal is to get a TA" at the step is kept as help, and what it would help them do is asked once, not again and again', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10, hopes: [{ text: 'I want to get my GCSEs', theme: 'learning_and_work', needs: ['I find reading hard'] }] }));
    const first = (await chat.say('my goal is to get a TA')).map((r) => r.text ?? '').join(' ');
    expect(first).not.toMatch(/sorry/i);
    expect(first).toMatch(/kept "a TA" as help/i);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.activity.text).toMatch(/What would that help you do/);
    expect((await chat.say('a TA')).map((r) => r.text ?? '').join(' ')).not.toMatch(/kept "a TA"/);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.activity.text).not.toMatch(/What would that help you do/);
    expect(chat.lastQuestion?.activity.text).toMatch(/I will/);
    await chat.say('I will read my exam papers on my own by the end of year 11');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(/read my exam papers/);
    expect(outcome.provision.map((p) => p.text)).toEqual(['a TA']);
  });

  it('"my goal is to pass maths" at the step is the step, never help or a complaint', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10, hopes: [{ text: 'I want to get my GCSEs', theme: 'learning_and_work', needs: ['I find reading hard'] }] }));
    const said = (await chat.say('my goal is to pass maths by the end of year 11')).map((r) => r.text ?? '').join(' ');
    expect(said).not.toMatch(/sorry|as help/i);
    expect((await chat.draft())!.outcomes[0]!.statement).toMatch(/pass maths/);
  });
});
