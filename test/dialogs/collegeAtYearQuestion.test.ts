import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typedTo } from '../support/typedWay';

/*
 * An 18-year-old asked "Which school year are you in now?" may be at college: "At college" is
 * offered beside "Not at school", and "at college" typed is kept as college, so the later questions
 * say college. A younger teenager is still offered only "Not at school".
 */
/** An autumn day, when an age alone could be one of two school years, so the year is asked. */
const AUTUMN = { today: '2025-10-06' };

describe('the school year question offers college to an older student', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('an 18-year-old is offered "At college" as well as "Not at school"', async () => {
    chat = await typedTo(Step.welcomeAge, { age: '18' }, {}, AUTUMN);
    await chat.say('18');
    expect(chat.lastQuestion?.activity.text ?? '').toMatch(/school year/);
    expect(chat.lastQuestion?.choices).toEqual(['At college', 'Not at school']);
  });

  it.each(['At college', 'at college', 'im at college doing level 1'])('%j is kept as college and the safe question says college', async (typed) => {
    chat = await typedTo(Step.aboutMeSafe, { age: '18' }, { [Step.welcomeAge]: ['18', typed] }, AUTUMN);
    expect((await chat.draft())?.youngPerson.education).toBe('college');
    expect(chat.lastQuestion?.activity.text ?? '').toMatch(/college/);
  });

  it('leave alone: "Year 13" is kept as the school year', async () => {
    chat = await typedTo(Step.welcomeInvite, { age: '18' }, { [Step.welcomeAge]: ['18', 'Year 13'] }, AUTUMN);
    expect((await chat.draft())?.youngPerson.schoolYear).toBe(13);
    expect((await chat.draft())?.youngPerson.education).toBeUndefined();
  });

  it('leave alone: a 12-year-old is offered only "Not at school"', async () => {
    chat = await typedTo(Step.welcomeAge, { who: 'A parent or carer' }, {}, AUTUMN);
    await chat.say('12');
    expect(chat.lastQuestion?.choices).toEqual(['Not at school']);
  });
});
