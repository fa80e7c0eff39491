import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * "the boys should stop being mean to me", typed by a 12-year-old as an outcome: a wish that others
 * stop is no outcome, and it tells of bullying now. A bullying flag and a kind answer; back at the
 * question, an outcome about them is offered, kept only if they say yes.
 */

const standard = createWords().forMode('standard');
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atOutcome(): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-02',
    name: 'Lily',
    age: 12,
    schoolYear: 7,
    hopes: [{ text: 'to have friends at school', theme: 'friends_and_community', needs: ['i find it hard to join in'] }],
  }));
  expect(chat.step).toBe(Step.outcomeStep);
  return chat;
}

describe('a wish that others stop being mean, at "What will you be able to do?"', () => {
  it('is heard as bullying, kindly, and an outcome about her is offered and kept with her yes', async () => {
    const chat = await atOutcome();
    const heard = saidIn(await chat.say('the boys should stop being mean to me'));
    expect(heard).toMatch(/Thank you for telling me.*not your fault/);
    expect(heard).toContain(standard('safeguarding:bullying.tellAdult'));
    let draft = await chat.draft();
    expect(draft?.flags.map((f) => f.category)).toEqual(['bullying']);
    expect(JSON.stringify(draft?.outcomes)).not.toMatch(/mean to me/);
    expect(JSON.stringify(draft?.needs)).not.toMatch(/mean to me/);
    let back = '';
    for (const reply of ['yes im safe', 'carry on']) if (chat.step?.startsWith('safeguarding.')) back += saidIn(await chat.say(reply));
    expect(chat.step).toBe(Step.outcomeStep);
    const offered = standard('safeguarding:offerBack.bullyingOutcome');
    expect(back).toContain(offered);
    await chat.say('yes');
    draft = await chat.draft();
    expect(draft?.outcomes[0]?.statement).toMatch(/tell an adult I trust when someone is unkind to me/);
    expect(JSON.stringify(draft?.outcomes)).not.toMatch(/mean to me/);
  });

  it('"i want them to stop picking on me" is bullying too; a no to the offer keeps nothing', async () => {
    const chat = await atOutcome();
    await chat.say('i want them to stop picking on me');
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['bullying']);
    for (const reply of ['yes im safe', 'carry on']) if (chat.step?.startsWith('safeguarding.')) await chat.say(reply);
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say('join a club at lunch time');
    const statement = (await chat.draft())?.outcomes[0]?.statement ?? '';
    expect(statement).toMatch(/join a club/);
    expect(statement).not.toMatch(/adult I trust|picking on/);
  });
});
