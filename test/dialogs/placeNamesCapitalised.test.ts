import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typedTo } from '../support/typedWay';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/* Towns and cities typed in lower case are read back, and kept, with their capitals; no other word changes. */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('place names in hopes and outcomes', () => {
  it.each([
    ['go to college in leeds', 'go to college in Leeds'],
    ['live in a flat in milton keynes with my mates', 'live in a flat in Milton Keynes with my mates'],
    ['work at the football ground in stoke-on-trent', 'work at the football ground in Stoke-on-Trent'],
  ])('the hope "%s" is read back and kept as "%s"', async (typed, kept) => {
    chat = await typedTo(Step.hopesDream, { name: 'Josh', age: '15' });
    const said = saidIn(await chat.say(typed));
    expect(said).toContain(kept);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toContain(kept);
  });

  it('"get better at reading" keeps every word as typed', async () => {
    chat = await typedTo(Step.hopesDream, { name: 'Josh', age: '15' });
    await chat.say('get better at reading and go to the derby with my dad');
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text).join(' ');
    expect(hopes).toContain('reading');
    expect(hopes).toContain('derby');
    expect(hopes).not.toMatch(/Reading|Derby/);
  });

  it('an outcome "get the bus to croydon on my own" reads "Croydon"', async () => {
    const BUS: SeedHope = { text: 'go to college', theme: 'learning_and_work', needs: ['i get lost on buses'] };
    ({ chat } = await startWith({ today: '2026-12-05', name: 'Sam', age: 16, schoolYear: 11, hopes: [BUS] }));
    await chat.say('get the bus to croydon on my own');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('by next summer');
    const statement = (await chat.draft())!.outcomes[0]!.statement;
    expect(statement).toContain('Croydon');
    expect(statement).not.toContain('croydon');
  });
});
