import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type SeedHope } from './journeySeed';

const LEO = { name: 'Leo', age: 11, schoolYear: 6 };
const HAPPY: SeedHope = { text: 'to be happy', theme: 'health_and_wellbeing', needs: ['school is too loud and busy'] };
const DRIVE: SeedHope = { text: 'learn to drive', theme: 'independent_living', needs: ['the theory test is all reading'] };

/** Every item's words, to check a question was never kept as an answer. */
async function everythingKept(chat: Transcript): Promise<string> {
  const d = await chat.draft();
  return JSON.stringify([d?.needs, d?.outcomes, d?.aspirations]);
}

describe('questions about the plan asked in the middle of an answer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'should i ask for trying new foods in his plan or not',
    'can we put speech therapy in the plan?',
  ])('%j: yes, and how; no safeguarding words; never kept', async (typed) => {
    ({ chat } = await startWith(parentSeed(LEO, [HAPPY], { change: (d) => ({ ...d, flags: [] }), at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id }) })));
    const replies = await chat.say(typed);
    expect(saidIn(replies)).toMatch(/you can ask for that in the plan/);
    expect(saidIn(replies)).not.toMatch(/safeguarding/);
    expect(chat.step).toBe(Step.needsHelps);
    expect(await everythingKept(chat)).not.toContain(typed.slice(0, 20));
  });

  it.each([
    'can people with dyslexia get the driving theory test read out loud?',
    'nothing yet really. can i ask do you know if they have to do extra visits for kids with ehcps?',
    'i heard you can get extra time in the test. is that true?',
  ])('%j: kindly, who could answer it, and the question again; never kept', async (typed) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Aisha', age: 22, hopes: [DRIVE], at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id }) }));
    const replies = await chat.say(typed);
    expect(saidIn(replies)).toMatch(/can't answer it here/);
    expect(saidIn(replies)).not.toMatch(/safeguarding|didn't catch/);
    expect(chat.step).toBe(Step.needsHelps);
    expect(await everythingKept(chat)).not.toMatch(/read out|extra time|extra visits/);
  });

  it('"what does SMART mean? is this one SMART?" at the read-back: SMART in plain words and which parts this outcome has', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Aisha', age: 22, hopes: [DRIVE] }));
    const answers: Record<string, string> = {
      [Step.outcomeStep]: 'pass my theory test',
      [Step.outcomeWhen]: 'in a year',
      [Step.outcomeMeasure]: 'id have my pass certificate',
      [Step.outcomeDoesForMe]: 'id feel free',
      [Step.outcomeMakesPossible]: 'get to work on my own',
      [Step.outcomeProvides]: 'the theory test with a voiceover',
    };
    for (let turn = 0; turn < 10 && chat.step !== Step.outcomeConfirm; turn++) await chat.say(answers[chat.step ?? ''] ?? 'yes');
    expect(chat.step).toBe(Step.outcomeConfirm);
    const before = (await chat.draft())?.outcomes[0]?.statement;
    const replies = await chat.say('Debbie said outcomes have to be SMART, what does SMART mean? is this one SMART?');
    const said = saidIn(replies);
    expect(said).toMatch(/Specific: .*Measurable: .*Time-bound: it has a date/s);
    expect(said).toMatch(/This one has a date, so it is time-bound/);
    expect(said).toMatch(/so it is measurable/);
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect((await chat.draft())?.outcomes[0]?.statement).toBe(before);
  });
});

describe('"wait that was a question" after a question was kept as an answer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('takes the kept words out and keeps only the answer beside it', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Aisha', age: 22, hopes: [DRIVE], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say('the adapted lessons are expensive');
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say('my mate said the test centre does voiceovers');
    expect(JSON.stringify((await chat.draft())?.needs)).toMatch(/voiceovers/);
    await chat.say('wait that was a question not what helps. nothing helps yet. and you didnt answer');
    const needs = JSON.stringify((await chat.draft())?.needs);
    expect(needs).not.toMatch(/voiceovers|that was a question/);
  });
});

describe('asking for something in the plan at the help question itself', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"should i ask for speech therapy more often in his plan?" at "what help would he need?": yes, say it here', async () => {
    ({ chat } = await startWith(parentSeed(LEO, [HAPPY])));
    const answers: Record<string, string> = {
      [Step.outcomeStep]: 'ask a member of staff at the station a question by himself',
      [Step.outcomeWhen]: 'end of year 7',
      [Step.outcomeMeasure]: 'on 3 trips out he asks staff a question',
      [Step.outcomeDoesForMe]: 'he would feel proud',
      [Step.outcomeMakesPossible]: 'work experience at the heritage railway',
    };
    for (let turn = 0; turn < 10 && chat.step !== Step.outcomeProvides; turn++) await chat.say(answers[chat.step ?? ''] ?? 'yes');
    expect(chat.step).toBe(Step.outcomeProvides);
    const replies = await chat.say('should i ask for speech therapy more often in his plan?');
    expect(saidIn(replies)).toMatch(/Tell me here/);
    expect(chat.step).toBe(Step.outcomeProvides);
  });
});
