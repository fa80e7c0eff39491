import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * Jack, 22, uses voice to text. Safe mostly; a broken bus ramp that leaves him at the stop in the rain is a hard
 * thing about travel, said not to be dangerous, never a crisis. Someone at home who scares him still is.
 */

const JACK = { name: 'Jack', age: '22' } as const;
const atSafeQuestion = (): Promise<Transcript> =>
  typedTo(Step.aboutMeSafe, JACK, {
    [Step.aboutMeStrengths]: 'im good with computers and i make people laugh',
    [Step.aboutMeImportant]: 'my family and my xbox',
    [Step.aboutMeSupport]: 'give me time i use voice to text',
  });

describe('a yes to feeling safe, beside a broken bus ramp said not to be dangerous', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('the bus ramp is kept as a hard thing, with no safety answer and no flag', async () => {
    chat = await atSafeQuestion();
    const replies = await chat.say(
      'yeah mostly im safe its just annoying when the bus ramp is broken and im stuck at the stop in the rain for ages but thats not like dangerous its just rubbish',
    );
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect(saidIn(replies)).not.toMatch(/Are you OK/i);
    const draft = (await chat.draft())!;
    expect(draft.flags).toEqual([]);
    expect(draft.needs.map((n) => n.text).join(' ')).toMatch(/ramp/);
  });

  it('"mostly but my stepdad scares me" still gets the safety answer and a note', async () => {
    chat = await atSafeQuestion();
    const replies = await chat.say('mostly but my stepdad scares me');
    expect(saidIn(replies)).toMatch(CRISIS);
    expect((await chat.draft())!.flags).not.toEqual([]);
  });

  it('a broken ramp beside someone who hurts him at the stop still gets the safety answer', async () => {
    chat = await atSafeQuestion();
    const replies = await chat.say('yeah mostly its just the bus ramp is broken and a man at the stop hits me but thats not like dangerous');
    expect(saidIn(replies)).toMatch(CRISIS);
    expect((await chat.draft())!.flags).not.toEqual([]);
  });

  it('the short "its not like dangerous, its just annoying when the bus ramp is broken" keeps the ramp, with no flag', async () => {
    chat = await atSafeQuestion();
    const replies = await chat.say('yeah its not like dangerous, its just annoying when the bus ramp is broken');
    expect(saidIn(replies)).not.toMatch(CRISIS);
    const draft = (await chat.draft())!;
    expect(draft.flags).toEqual([]);
    expect(draft.needs.map((n) => n.text).join(' ')).toMatch(/ramp/);
  });

  it('"its not like dangerous, its just annoying when mums boyfriend gets drunk" still gets the safety answer and a note', async () => {
    chat = await atSafeQuestion();
    const replies = await chat.say('yeah its not like dangerous at home, its just annoying when mums boyfriend gets drunk');
    expect(saidIn(replies)).not.toMatch(/glad to hear/i);
    expect((await chat.draft())!.flags).not.toEqual([]);
  });
});
