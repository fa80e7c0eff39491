import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Nikita (17, hairdressing, dyslexia) at "What already helps?": the bot takes her help for a wish.
 * "no i mean that DOES help already" puts it right: her help is kept as help that works now, and
 * the correction itself is never kept.
 */

const HAIR = { text: 'be a hairdresser', theme: 'learning_and_work' as const, needs: ['the theory is hard with my dyslexia'] };

const atHelps = () =>
  startWith({
    today: '2026-12-06', name: 'Nikita', age: 17, hopes: [HAIR],
    at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }),
  });

describe('help taken for a wish, then "that does help already"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['no i mean that DOES help already', 'it already helps', 'i have that already'])('"%s": the help is had now, and the correction is not kept', async (typed) => {
    ({ chat } = await atHelps());
    expect(saidIn(await chat.say('maybe a reader pen for the theory'))).toMatch(/help you would like/);
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/"a reader pen for the theory" as help that works now/);
    const helps = (await chat.draft())!.needs[0]!.helps ?? [];
    expect(helps.join(' | ')).toMatch(/a reader pen for the theory/);
    expect(helps.join(' | ')).not.toMatch(/would help|already|DOES/i);
    expect(chat.step).not.toBe(Step.needsHelps);
  });

  it('leave alone: "my tutor reads it out" after the wish is a help of its own', async () => {
    ({ chat } = await atHelps());
    await chat.say('maybe a reader pen for the theory');
    await chat.say('my tutor reads it out');
    expect(((await chat.draft())!.needs[0]!.helps ?? []).join(' | ')).toMatch(/would help.*reader pen.*\| my tutor reads it out/i);
  });
});
