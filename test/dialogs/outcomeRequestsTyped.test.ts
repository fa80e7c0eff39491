import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';
import { typeUntil } from '../support/typedWay';
import { atReviewSummary, withConfirmedOutcomes } from './reviewSeed';

/*
 * Two people's own words at the outcome questions and the read-back: complaints, questions, edits of
 * a named part, asides and lead-ins are understood, and none of them is stored as the outcome.
 */

const AISHA: Seed = {
  today: '2026-12-03',
  name: 'Aisha',
  age: 22,
  hopes: [
    { text: 'i really want a proper paid job in the admin team at the hospital', theme: 'learning_and_work', needs: ['writing emails takes me ages'] },
    { text: 'get my driving licence', theme: 'independent_living', needs: ['forms are hard for me'] },
    { text: 'not be so tired all the time', theme: 'health_and_wellbeing', needs: ['i forget to do my stretches'] },
  ],
};

const LEO: Seed = {
  today: '2026-12-03',
  who: 'parent_carer',
  name: 'Leo',
  age: 11,
  schoolYear: 6,
  hopes: [
    { text: 'have a mate', theme: 'friends_and_community', needs: ['he has no friends which makes him sad'] },
    { text: 'have a job with trains one day', theme: 'learning_and_work', needs: ['his speech'] },
  ],
};

const outcomes = async (chat: Transcript) => (await chat.draft())!.outcomes;

describe('what people type at the outcome read-back and the questions around it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('Aisha: a date corrected to "before", the measure changed by naming it, and never the asking kept', async () => {
    ({ chat } = await startWith(AISHA));
    await typeUntil(chat, Step.outcomeConfirm, {
      [Step.outcomeStep]: 'apply for a job in the admin team when one comes up, and be able to write emails by myself',
      [Step.outcomeWhen]: 'my internship finishes in july so before then really',
      [Step.outcomeMeasure]: 'i would of sent my application in and Debbie wouldnt need to check my emails anymore',
      [Step.outcomeDoesForMe]: 'proud. id feel like a proper grown up with a real job',
      [Step.outcomeMakesPossible]: 'moving out with Jamal and paying for driving lessons',
      [Step.outcomeProvides]: 'speech to text software on my work computer',
    });
    expect(chat.lastQuestion!.activity.text).toContain('Before July 2027');
    await chat.say('its ok but i said BEFORE july not in july');
    await chat.say('can i change the how everyone will know bit? it says would of which is wrong i think');
    expect(chat.step).toBe(Step.outcomeConfirm);
    await chat.say('I will have sent in my job application, and for a whole month Debbie will not check my emails first');
    expect(chat.lastQuestion!.activity.text).toContain('How everyone will know: "I will have sent in my job application');
    await chat.say('yes');
    expect(chat.step).toBe(Step.outcomeAnother);
    const [job] = await outcomes(chat);
    expect(job!.confirmed).toBe(true);
    expect(job!.statement).toMatch(/^Before July 2027, I will apply for a job in the admin team/);
    expect(job!.measure).toMatch(/^I will have sent in my job application/);
    expect(job!.measureInTheirWords).toBeUndefined();
    expect(JSON.stringify(job)).not.toMatch(/would of|change the how|its ok but/i);
  });

  it('Aisha: "take that out" after quoting words, a lead-in at "another?", and a feeling beside the step', async () => {
    ({ chat } = await startWith({ ...AISHA, change: (d) => ({ ...d, outcomes: [] }), at: (d) => ({ stage: 'outcomes', step: 'outcome.step', topic: d.aspirations[1]!.id }) }));
    await typeUntil(chat, Step.outcomeConfirm, {
      [Step.outcomeStep]: 'pass my theory test first time. but first i need my provisional licence, do i need to send a form for that? i hate forms',
      [Step.outcomeWhen]: 'in a year',
      [Step.outcomeMeasure]: 'id have my pass certificate thing and id have booked my first adapted driving lesson',
      [Step.outcomeDoesForMe]: 'free!! i wouldnt have to deal with the rude bus drivers anymore',
      [Step.outcomeMakesPossible]: 'get to work on my own, visit my nan who lives out of town',
      [Step.outcomeProvides]: 'the theory test with a voiceover or extra time cos of my dyslexia',
    });
    expect(chat.lastQuestion!.activity.text).not.toMatch(/hate forms/i);
    // Words quoted and asked away are taken out, and the measure is read back when asked where it went.
    await chat.say('lol why does it say first time, take that out. and where did the how everyone will know bit go?');
    expect(chat.lastQuestion!.activity.text).toMatch(/I will pass my theory test\." How everyone will know: "I'?d have my pass certificate/i);
    await chat.say('no!! thats all wrong');
    await chat.say('By December 2027, I will pass my driving theory test with a voiceover.');
    await chat.say('yes');
    expect(chat.step).toBe(Step.outcomeAnother);
    await chat.say('one more about being less tired and doing my stretches');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion!.activity.text).toContain('being less tired and doing my stretches');
    const [driving, next] = await outcomes(chat);
    expect(driving!.statement).toBe('By December 2027, I will pass my driving theory test with a voiceover.');
    expect(next).toBeUndefined();
  });

  it('Leo: a change of mind about the date, the measure named and given, an aside and "the step is:"', async () => {
    ({ chat } = await startWith(LEO));
    await typeUntil(chat, Step.outcomeConfirm, {
      [Step.outcomeStep]: 'talk to one other kid in his form about trains or something at break, even for 5 mins',
      [Step.outcomeWhen]: 'end of year 7. actually no make it easter year 7, i dont want to wait that long',
      [Step.outcomeMeasure]: 'his key adult sees him chatting with the same kid a few times a week, and he mentions a name at home',
      [Step.outcomeDoesForMe]: 'he wouldnt be so lonely',
      [Step.outcomeMakesPossible]: 'lol parties is a stretch. maybe having someone round to ours to play trains on the ipad',
      [Step.outcomeProvides]: 'a lunchtime club thats structured like lego or the railway club, and an adult to help start conversations at first then back off',
    });
    expect(chat.lastQuestion!.activity.text).toMatch(/By Easter Year 7/i);
    await chat.say('the statement is right now but the how everyone will know bit is still wrong. it should say his key adult sees him chatting with the same child a few times a week and he mentions a friends name at home');
    expect(chat.lastQuestion!.activity.text).toContain('How everyone will know');
    await chat.say('i want to change the measure');
    await chat.say('his key adult sees him chatting with the same child a few times a week');
    await chat.say('Yes, that\'s right');
    expect(chat.step).toBe(Step.outcomeAnother);
    const [friend] = await outcomes(chat);
    expect(friend!.timeframe?.phrase).toMatch(/easter year 7/i);
    expect(friend!.measure).toMatch(/^his key adult sees him chatting with the same child a few times a week$/i);
    expect(JSON.stringify(friend)).not.toMatch(/wait that long|change the measure|still wrong/i);

    await chat.say('yes one for the trains job. sorry leo just woke up brb');
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say('back. wait do what? i havent said what the step is yet');
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say('no!! the step is: Leo will explain what he needs to an adult he doesnt know using a few short sentences or his communication card');
    expect(chat.step).toBe(Step.outcomeWhen);
    const trains = (await outcomes(chat))[1]!;
    expect(trains.statement).toMatch(/^Leo will explain what he needs/);
    expect(JSON.stringify(trains)).not.toMatch(/brb|woke up|trains job|step is/i);
  });

  it('Leo: "How everyone will know: ..." at the read-back changes the measure, not the sentence', async () => {
    ({ chat } = await startWith({ ...LEO, change: (d) => ({ ...d, outcomes: [] }) }));
    await typeUntil(chat, Step.outcomeConfirm, {
      [Step.outcomeStep]: 'explain what he needs to an adult he doesnt know, using short sentences or his communication card',
      [Step.outcomeWhen]: 'end of year 7',
      [Step.outcomeMeasure]: 'he can do it on his own',
      [Step.outcomeDoesForMe]: 'he could go to the station and ask staff a question by himself',
      [Step.outcomeMakesPossible]: 'work on the railway one day',
      [Step.outcomeProvides]: 'practising scripts for real situations, and trips out to practise with a TA',
    });
    await chat.say('How everyone will know: on 3 trips out he asks a member of staff a question himself and they understand him');
    await chat.say('yes');
    const [outcome] = await outcomes(chat);
    expect(outcome!.confirmed).toBe(true);
    expect(outcome!.statement).not.toMatch(/how everyone will know/i);
    expect(outcome!.measure).toMatch(/^On 3 trips out he asks a member of staff/i);
  });
});

describe('a part named at the questions before the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"the how everyone will know bit is still wrong. it should say ..." changes the measure, and the question is asked again', async () => {
    ({ chat } = await startWith({ ...LEO, change: (d) => ({ ...d, outcomes: [] }) }));
    await chat.say('talk to one other kid in his form about trains at break');
    await chat.say('easter year 7');
    await chat.say('his key adult sees him chatting with the same kid, i dont want to wait');
    await chat.say('he wouldnt be so lonely');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    await chat.say('the how everyone will know bit is still wrong. it should say his key adult sees him chatting with the same child a few times a week');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    const [outcome] = await outcomes(chat);
    expect(outcome!.measure).toBe('his key adult sees him chatting with the same child a few times a week');
    expect(outcome!.makesPossible ?? '').toBe('');
  });
});

describe('a request at the read-back of everything', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"ok better. can you delete the bit that says ..." is acted on, never taken as "looks good"', async () => {
    ({ chat } = await startWith({
      ...AISHA,
      hopes: [{ text: 'not be so tired all the time', theme: 'health_and_wellbeing', needs: ['wait that was a question not what helps. nothing helps yet', 'i forget to do my stretches'] }],
      change: (d) => withConfirmedOutcomes(d, () => ({ statement: 'By March 2027, I will do my stretches 5 days a week.', timeframe: { phrase: 'by march', date: '2027-03-31' } })),
      at: atReviewSummary,
    }));
    await chat.say('ok better. can you delete the bit that says wait that was a question not what helps');
    expect(chat.step).not.toBe(Step.reviewDone);
    await chat.say('yes');
    expect(chat.step).toBe(Step.reviewSummary);
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['i forget to do my stretches']);
  });
});
