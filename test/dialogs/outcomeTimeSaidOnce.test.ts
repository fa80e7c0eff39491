import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, walkTo } from './journeySeed';

/*
 * The time of an outcome is said once, in the person's words: Alfie's mum names his birthday month
 * when asked "by when?" ("i said by his birthday, its in april"), and the step's own "by his next
 * birthday" is not said again; Ayo's "like by summer" leads without the "like".
 */
const ALFIE = { name: 'Alfie', age: 3, schoolYear: -1 };
const WHY = { [Step.outcomeDoesForMe]: 'it would help a lot', [Step.outcomeMakesPossible]: 'making friends', [Step.outcomeProvides]: 'less stress' };
const MEASURE = { ...WHY, [Step.outcomeMeasure]: 'he will say 10 words that we all understand' };

describe('the time of an outcome said once', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"i said by his birthday, its in april" reads "By his birthday in April", and the step says no birthday again', async () => {
    ({ chat } = await startWith(parentSeed(ALFIE, [{ text: 'he can talk, even a few words', theme: 'friends_and_community', needs: ['he has few words'] }])));
    await chat.say('say 10 words by his next birthday');
    expect(chat.step).toBe(Step.outcomeWhen);
    const replies = await chat.say('i said by his birthday, its in april');
    await walkTo(chat, Step.outcomeConfirm, MEASURE);
    const statement = /Here is (?:the|your) outcome[^\n]*?:\s*"?([^\n"]+)"?/.exec(chat.lastQuestion?.activity.text ?? '')?.[1] ?? chat.lastQuestion?.activity.text ?? '';
        expect(statement).toMatch(/^By his birthday in April\b/);
    expect(statement).toMatch(/Alfie will say 10 words\.$/);
    expect(statement).not.toMatch(/I said|next birthday/i);
    expect(saidIn(replies)).not.toMatch(/I said/);
  });

  it('"get the bus to college on my own like by summer" leads "By summer (July 2027)", never "By like by summer"', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Ayo', age: 16, schoolYear: 11, hopes: [{ text: 'go to college on my own', theme: 'independent_living', needs: ['i get lost'] }] }));
    await chat.say('get the bus to college on my own like by summer');
    await walkTo(chat, Step.outcomeConfirm, { ...WHY, [Step.outcomeMeasure]: 'i do it 5 days in a row', [Step.outcomeWhen]: 'like by summer' });
    const statement = /Here is (?:the|your) outcome[^\n]*?:\s*"?([^\n"]+)"?/.exec(chat.lastQuestion?.activity.text ?? '')?.[1] ?? chat.lastQuestion?.activity.text ?? '';
    expect(statement).toMatch(/^By summer \(July 2027\), I will get the bus to college on my own\.$/);
  });

  it('"visit the college a few times before I start" by "before september when i start" says the start once', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Ayo', age: 16, schoolYear: 11, hopes: [{ text: 'go to college', theme: 'learning_and_work', needs: ['new places make me anxious'] }] }));
    await chat.say('visit the college a few times before I start');
    await walkTo(chat, Step.outcomeConfirm, { ...WHY, [Step.outcomeMeasure]: 'i went 3 times', [Step.outcomeWhen]: 'before september when i start' });
    const statement = /Here is (?:the|your) outcome[^\n]*?:\s*"?([^\n"]+)"?/.exec(chat.lastQuestion?.activity.text ?? '')?.[1] ?? chat.lastQuestion?.activity.text ?? '';
    expect(statement).toMatch(/I will visit the college a few times\.$/);
    expect(statement.match(/start/gi)).toHaveLength(1);
  });

  it('Ryan\'s "get on the plumbing course at college after yr 11" by "september after yr 11 when college starts" says Year 11 once', async () => {
    ({ chat } = await startWith({ today: '2026-12-07', name: 'Ryan', age: 15, schoolYear: 10, hopes: [{ text: 'be a plumber', theme: 'learning_and_work', needs: ['my grades are bad'] }] }));
    await chat.say('get on the plumbing course at college after yr 11');
    await walkTo(chat, Step.outcomeConfirm, { ...WHY, [Step.outcomeMeasure]: 'i get the letter saying im in', [Step.outcomeWhen]: 'september after yr 11 when college starts' });
    const statement = /Here is (?:the|your) outcome[^\n]*?:\s*"?([^\n"]+)"?/.exec(chat.lastQuestion?.activity.text ?? '')?.[1] ?? chat.lastQuestion?.activity.text ?? '';
    expect(statement).toMatch(/I will get on the plumbing course at college\.$/);
    expect(statement.match(/Year 11/g)).toHaveLength(1);
  });

  it('"do my homework after school every day" keeps "after school": only a time said again is dropped', async () => {
    ({ chat } = await startWith({ today: '2026-12-07', name: 'Ryan', age: 13, schoolYear: 8, hopes: [{ text: 'do well at school', theme: 'learning_and_work', needs: ['i forget homework'] }] }));
    await chat.say('do my homework after school every day');
    await walkTo(chat, Step.outcomeConfirm, { ...WHY, [Step.outcomeMeasure]: 'no detentions for homework', [Step.outcomeWhen]: 'by the end of year 8' });
    const statement = /Here is (?:the|your) outcome[^\n]*?:\s*"?([^\n"]+)"?/.exec(chat.lastQuestion?.activity.text ?? '')?.[1] ?? chat.lastQuestion?.activity.text ?? '';
    expect(statement).toMatch(/I will do my homework after school every day\.$/);
  });

  it('"no the date bit is wrong, it should say by his birthday in april" at the read-back changes the date only', async () => {
    ({ chat } = await startWith(parentSeed(ALFIE, [{ text: 'he can talk, even a few words', theme: 'friends_and_community', needs: ['he has few words'] }])));
    await chat.say('say 10 words');
    await walkTo(chat, Step.outcomeConfirm, { ...MEASURE, [Step.outcomeWhen]: 'by the summer' });
    const replies = await chat.say('no the date bit is wrong, it should say by his birthday in april');
    expect(saidIn(replies)).toMatch(/By his birthday in April 2027, Alfie will say 10 words\./);
    expect(saidIn(replies)).not.toMatch(/one thing Alfie will do/);
    expect(chat.step).toBe(Step.outcomeConfirm);
  });
});
