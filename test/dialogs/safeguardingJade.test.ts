import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * Jade, 17, typed as she typed: teachers choosing her to answer in class is a need, not bullying;
 * "im not being bullied... im safe" at the safety question is its answer, never a second flag; of an
 * answer that raised a worry, only the part beside the harm is offered back when she carries on; and "my mum wont have to take time
 * off work" is a plan answer, with "yes im ok" leading back, thanked, with no flag.
 */

const standard = createWords().forMode('standard');
const CRISIS = /Childline|Samaritans|999|SHOUT/;

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atBarrier(): Promise<Transcript> {
  chat = await throughWelcome({ name: 'Jade', age: '17' });
  await throughAboutMe(chat);
  await chat.say('to go to college on my own');
  for (let i = 0; i < 6 && chat.step?.startsWith('hopes.'); i++) await chat.say('no');
  expect(chat.step).toBe(Step.needsBarrier);
  return chat;
}

describe('Jade at "What makes this hard for you right now?"', () => {
  it('teachers picking her to answer is kept as her answer, with no safety words and no flag', async () => {
    const chat = await atBarrier();
    const replies = await chat.say('when teachers pick on me to answer in class. my hands shake');
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(JSON.stringify(draft?.needs)).toContain('my hands shake');
  });

  it('"im not being bullied... im safe" at the safety question is its answer: no second block, one flag, and her answer offered back', async () => {
    const chat = await atBarrier();
    const told = 'people in my class call me names so i hate going in';
    const first = await chat.say(told);
    expect(saidIn(first)).toContain('Childline');
    expect(chat.step).toBe(Step.safeguardingCheck);
    const safe = await chat.say('ugh no im not being bullied. i mean they ask me a question in front of every1. im safe');
    // The check is answered: glad she is safe, no second crisis answer.
    expect(saidIn(safe)).toContain(standard('safeguarding:glad'));
    expect(saidIn(safe)).not.toContain(standard('safeguarding:heard'));
    expect(saidIn(safe)).not.toContain(standard('safeguarding:bullying.heard'));
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags).toHaveLength(1);
    // Carrying on asks the interrupted question again, offering her words back.
    const back = await chat.say('carry on');
    expect(chat.step).toBe(Step.needsBarrier);
    expect(saidIn(back)).toContain('You said: "');
    expect(chat.lastQuestion?.choices).toContain(standard('safeguarding:offerBack.keep'));
    expect(JSON.stringify((await chat.draft())?.needs)).not.toContain('call me names');
    await chat.say('yes');
    expect(chat.step).toBe(Step.needsHelps);
    const draft = await chat.draft();
    // Only the part beside the harm is kept: the flagged words never go into the plan.
    expect(JSON.stringify(draft?.needs)).toContain('i hate going in');
    expect(JSON.stringify(draft?.needs)).not.toContain('call me names');
    expect(draft?.flags).toHaveLength(1);
    expect(draft?.flags[0]).toMatchObject({ category: 'bullying', step: Step.needsBarrier });
  });

  it('a worry told and then "yes im safe" is not offered back as her answer: the question is simply asked again', async () => {
    const chat = await atBarrier();
    await chat.say('my stepdad hits me when he is angry');
    expect(chat.step).toBe(Step.safeguardingCheck);
    await chat.say('yes im safe now');
    const back = await chat.say('carry on');
    expect(chat.step).toBe(Step.needsBarrier);
    expect(saidIn(back)).not.toContain('You said: "');
    expect(chat.lastQuestion?.choices ?? []).not.toContain(standard('safeguarding:offerBack.keep'));
    expect(JSON.stringify((await chat.draft())?.needs)).not.toContain('stepdad');
  });

  it('"i didnt mean that" at the safety question is taken back kindly (the note stays); a new answer typed after carrying on replaces the offer', async () => {
    const chat = await atBarrier();
    await chat.say('the kids in my class laugh at me when i read out loud');
    expect(chat.step).toBe(Step.safeguardingCheck);
    const replies = await chat.say('i didnt mean that');
    // Not "I'm glad you're safe": she did not answer that; she took it back, and the note stays.
    expect(saidIn(replies)).toContain(standard('safeguarding:takenBack.note'));
    expect(saidIn(replies)).not.toContain(standard('safeguarding:urgent'));
    await chat.say('carry on');
    expect(chat.step).toBe(Step.needsBarrier);
    await chat.say('reading out loud in front of people');
    expect(chat.step).toBe(Step.needsHelps);
    const needs = JSON.stringify((await chat.draft())?.needs);
    expect(needs).toContain('reading out loud in front of people');
    expect(needs).not.toContain('laugh at me');
    expect((await chat.draft())?.flags).toHaveLength(1);
  });

  it('a worry of another kind at the safety question is still heard, with its own flag', async () => {
    const chat = await atBarrier();
    await chat.say('people in my class call me names so i hate going in');
    await chat.say('im safe at school but my stepdad hits me');
    const draft = await chat.draft();
    expect(draft?.flags.map((f) => f.category)).toEqual(['bullying', 'harm_from_others']);
  });
});

describe('Jade at "What would it do for you?"', () => {
  async function atWhatItWouldDo(): Promise<Transcript> {
    const started = await startWith({
      today: '2025-03-10',
      name: 'Jade',
      age: 17,
      schoolYear: 12,
      hopes: [{ text: 'go to college on my own', theme: 'independent_living', needs: ['I get anxious on buses'] }],
    });
    chat = started.chat;
    // Her answers at the outcome's first questions, whichever order they come in.
    const answers: Record<string, string> = { [Step.outcomeStep]: 'get the bus to college on my own', [Step.outcomeWhen]: 'in a year', [Step.outcomeMeasure]: 'i get there on time for a month' };
    for (let i = 0; i < 5 && chat.step !== Step.outcomeDoesForMe; i++) await chat.say(answers[chat.step ?? ''] ?? 'yes');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    return chat;
  }

  it('"my mum wont have to take time off work" is her answer: no "Are you OK?", no flag', async () => {
    const chat = await atWhatItWouldDo();
    const replies = await chat.say('more grown up. my mum wont have to take time off work');
    expect(saidIn(replies)).not.toContain(standard('safeguarding:gentle.question'));
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect(chat.step?.startsWith('outcome.')).toBe(true);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    // Kept in her words (where the coaching places it is not this test's business).
    expect(JSON.stringify(draft)).toContain('my mum wont have to take time off work');
  });

  it('"yes im ok" after a gentle check leads back, thanked, with no crisis answer and no flag', async () => {
    const chat = await atWhatItWouldDo();
    const check = await chat.say('more grown up. everything is too much sometimes. my mum wont have to take time off work');
    expect(saidIn(check)).toContain(standard('safeguarding:gentle.question'));
    await chat.say('i could get a job');
    const ok = await chat.say('yes im ok!! why do u keep asking');
    expect(saidIn(ok)).toContain(standard('safeguarding:gentle.glad'));
    expect(saidIn(ok)).not.toContain(standard('safeguarding:okHeard'));
    expect(saidIn(ok)).not.toMatch(CRISIS);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(JSON.stringify(draft?.outcomes)).toContain('i could get a job');
  });
});
