import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * The read-back says "I will go to palace match with dan". The young person types "crystal palace
 * not palace": a correction, "X not Y". Y is changed for X in the read-back ("I will go to crystal
 * palace match with dan"), and the bot asks if that is right. It is never kept as the new wording.
 */

const MATCH: SeedHope = { text: 'go to football matches with my mate dan', theme: 'friends_and_community', needs: ['I get lost on the way'] };
const all = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');

async function atReadBack(step: string): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Sam', age: 17, schoolYear: 12, hopes: [MATCH] });
  await chat.say(step);
  for (let i = 0; i < 8 && chat.step !== Step.outcomeConfirm; i++) {
    if (chat.step === Step.outcomeWhen) await chat.say('by the summer');
    else if (chat.step === Step.outcomeMeasure) await chat.say('dan sees me there 3 times');
    else if (chat.step === Step.outcomeDoesForMe) await chat.say('i would feel more grown up');
    else if (chat.step === Step.outcomeMakesPossible) await chat.say('i could go with other mates');
    else if (chat.step === Step.outcomeProvides) await chat.say('someone to show me the way');
    else break;
  }
  expect(chat.step).toBe(Step.outcomeConfirm);
  return chat;
}

const statement = async (chat: Transcript) => (await chat.draft())?.outcomes[0]?.statement ?? '';

describe('"X not Y" at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['go to palace match with dan', 'crystal palace not palace', /go to crystal palace match with dan/i],
    ['go to palace match with dan', 'no, crystal palace not palace', /go to crystal palace match with dan/i],
    ['go to a match on the bus with dan', 'train not bus', /on the train with dan/i],
    ['go to a match with dad', 'dan not dad', /a match with dan/i],
  ])('at "%s", "%s" changes the words and asks again', async (goal, typed, changed) => {
    chat = await atReadBack(goal);
    const replies = all(await chat.say(typed));
    expect(replies).not.toMatch(/I have written/i);
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(await statement(chat)).toMatch(changed);
    expect(await statement(chat)).not.toMatch(/ not /);
  });

  it('"its good not perfect" changes nothing', async () => {
    chat = await atReadBack('go to palace match with dan');
    await chat.say('its good not perfect');
    expect(await statement(chat)).not.toMatch(/good|perfect/);
  });

  it('"arsenal not chelsea" changes no words when the read-back has no "chelsea"', async () => {
    chat = await atReadBack('go to palace match with dan');
    await chat.say('arsenal not chelsea');
    expect(await statement(chat)).not.toMatch(/go to arsenal match/i);
  });
});
