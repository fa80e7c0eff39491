import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * A 12-year-old learning English, putting his step into words: "Start with 'I will'" comes with the
 * words kept so far, and "show me please what you write" shows them, never kept as the goal.
 */

const said = (replies: { text?: string }[]) => replies.map((a) => a.text ?? '').join('\n');
const FOOTBALL: SeedHope = { text: 'be a footballer', theme: 'learning_and_work', needs: ['i get tired fast when i run'] };

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function toRewording(c: Transcript): Promise<void> {
  for (const typed of ['play football in a team on saturdays', 'by next summer', 'my coach will tell me']) await c.say(typed);
  for (let i = 0; i < 4 && c.step !== Step.outcomeConfirm; i++) await c.say('happy');
  await c.say('no');
}

describe('the outcome sentence, typed by a child learning English', () => {
  it('"show me please what you write" shows the words kept, and is never the goal', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 12, schoolYear: 7, name: 'Oskar', hopes: [FOOTBALL] }));
    await toRewording(chat);
    const vague = said(await chat.say('better'));
    expect(vague).toMatch(/Start with "I will/);
    expect(vague, 'the words kept so far are shown with "Start with I will"').toMatch(/play football in a team/i);
    const shown = said(await chat.say('show me please what you write'));
    expect(chat.step).toBe(Step.outcomeConfirm);
    const statement = (await chat.draft())!.outcomes[0]?.statement ?? '';
    expect(statement).not.toMatch(/show me/i);
    expect(shown).toMatch(/play football in a team/i);
  });

  it('"no is wrong. I will play in the school football team" at the read-back puts the goal right', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 12, schoolYear: 7, name: 'Oskar', hopes: [FOOTBALL] }));
    for (const typed of ['play football in a team on saturdays', 'by next summer', 'my coach will tell me']) await chat.say(typed);
    for (let i = 0; i < 4 && chat.step !== Step.outcomeConfirm; i++) await chat.say('happy');
    expect(chat.step).toBe(Step.outcomeConfirm);
    const replies = said(await chat.say('no is wrong. I will play in the school football team'));
    expect(replies).not.toMatch(/no wrong answers/i);
    const statement = (await chat.draft())!.outcomes[0]?.statement ?? '';
    expect(statement).toMatch(/I will play in the school football team/);
  });
});
