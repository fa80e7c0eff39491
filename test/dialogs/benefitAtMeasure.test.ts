import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

/** A parent of Tomasz at "How would you know?" for a football outcome. */
async function atTheMeasure(): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-02',
    who: 'parent_carer',
    name: 'Tomasz',
    age: 11,
    schoolYear: 6,
    hopes: [{ text: 'he wants to play football in a team', theme: 'friends_and_community', needs: ['he gets anxious in new places'] }],
  });
  await chat.say('he will go to football training at the club');
  if (chat.step === Step.outcomeWhen) await chat.say('by the end of year 6');
  expect(chat.step).toBe(Step.outcomeMeasure);
  return chat;
}

describe('what it would do for him, typed as the measure, is kept as that and the measure asked again', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['hed be part of a team and make friends', 'he would feel really proud of himself', 'it would give him confidence', 'so he can make friends his own age'])('"%s"', async (typed) => {
    chat = await atTheMeasure();
    const replies = await chat.say(typed);
    const said = texts(replies);
    expect(said).toContain('sounds like what it would do for Tomasz');
    expect(said).toContain('Tomasz goes to training every week for a term');
    expect(chat.step).toBe(Step.outcomeMeasure);
    let outcome = (await chat.draft())?.outcomes[0];
    expect(outcome?.measure ?? null).toBeNull();
    expect(outcome?.doesForMe).toBe(typed);
    // The measure said next is kept, and "what would it do for him?" is not asked again.
    await chat.say('the coach picks him for a match');
    expect(chat.step).not.toBe(Step.outcomeDoesForMe);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    outcome = (await chat.draft())?.outcomes[0];
    expect(outcome?.measure).toMatch(/coach picks him/);
  });

  it('the example fits the step, even when the hope is about something else too', async () => {
    const { chat: c } = await startWith({
      today: '2026-12-02',
      who: 'parent_carer',
      name: 'Tomasz',
      age: 11,
      schoolYear: 6,
      hopes: [{ text: 'he wants to be a footballer or a vet', theme: 'learning_and_work', needs: [] }],
    });
    chat = c;
    await chat.say('he will go to football training every week by the end of year 6');
    if (chat.step === Step.outcomeWhen) await chat.say('by the end of year 6');
    const replies = await chat.say('hed be part of a team and make friends');
    expect(texts(replies)).toContain('Tomasz goes to training every week for a term');
  });

  it('a work placement at a bakery gets the work example, and no example says "their" about one person', async () => {
    const { chat: c } = await startWith({
      today: '2026-12-02',
      who: 'self',
      name: 'Priya',
      age: 19,
      hopes: [{ text: 'i want to work in a bakery', theme: 'learning_and_work', needs: [] }],
    });
    chat = c;
    await chat.say('do a work placement at a bakery');
    if (chat.step === Step.outcomeWhen) await chat.say('by next summer');
    const said = texts(await chat.say('it would give me real experience for my cv'));
    expect(said).toContain('goes to the job every week for a term');
    expect(said).not.toMatch(/sandwich|\btheir\b/);
  });

  it('a measure a person would see is kept as the measure, as before', async () => {
    chat = await atTheMeasure();
    await chat.say('we would see him at training every week');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    expect((await chat.draft())?.outcomes[0]?.measure).toMatch(/training every week/);
  });
});

describe('evidence typed at the measure, or just after it, is kept as how everyone will know', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['we would have his timesheet', "his teacher would tell us he's been", 'he would get a certificate from the club'])('"%s" at the measure is the measure', async (typed) => {
    chat = await atTheMeasure();
    const said = texts(await chat.say(typed));
    expect(said).not.toContain('what it would do for');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    expect((await chat.draft())?.outcomes[0]?.measure).toBe(typed);
  });

  it('"my timesheet shows i went every day" said after the bot moved on is added to the measure, and the question asked again', async () => {
    const { chat: c } = await startWith({
      today: '2026-12-02',
      who: 'self',
      name: 'Jade',
      age: 17,
      schoolYear: 12,
      hopes: [{ text: 'i want to work in a cafe', theme: 'learning_and_work', needs: ['i get nervous with customers'] }],
    });
    chat = c;
    await chat.say('go to my work placement at the cafe');
    await chat.say('by july');
    await chat.say('i will finish my placement');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    const said = texts(await chat.say('my timesheet shows i went every day'));
    expect(said).toContain('"my timesheet shows i went every day" as how everyone will know');
    expect(said).toContain('What would it do for you?');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    let outcome = (await chat.draft())?.outcomes[0];
    expect(outcome?.measure).toBe('i will finish my placement; my timesheet shows i went every day');
    expect(outcome?.doesForMe ?? null).toBeNull();
    await chat.say('i would feel proud');
    outcome = (await chat.draft())?.outcomes[0];
    expect(outcome?.doesForMe).toBe('i would feel proud');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
  });
});
