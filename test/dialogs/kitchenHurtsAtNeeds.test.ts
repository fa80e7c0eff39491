import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, closeAfterEach, saidIn, typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * An 18-year-old with dyspraxia, at "what makes it hard?" for cooking: burns from being clumsy, a goal to cook
 * without hurting herself, and a knife that cut off the end of a nail are kept as the hard thing, with no
 * "Are you OK?" and no note. The same words told as a disclosure are still asked after, or answered.
 */

const CHECK = /Are you OK\?/;
const ADULT = { name: 'Leah', age: '18' } as const;
const TO_NEEDS = typedToNeedsFor('to cook my own tea');
const ASKED_AFTER = new RegExp(`${CRISIS.source}|${CHECK.source}`);

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('kitchen hurts told plainly, at "what makes it hard?"', () => {
  it.each([
    'i always burn myself on the oven cos im so clumsy lol',
    'i want to cook a meal without hurting myself',
    'i was cutting carrots and the knife cut off the end of my nail',
  ])('%j: kept as the hard thing, no "Are you OK?", no note', async (typed) => {
    chat = await typedTo(Step.needsBarrier, ADULT, TO_NEEDS);
    const replies = saidIn(await chat.say(typed));
    expect(replies).not.toMatch(CHECK);
    expect(replies).not.toMatch(CRISIS);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    const draft = (await chat.draft())!;
    expect(draft.flags).toEqual([]);
    expect(draft.needs.map((n) => n.text).join(' ')).toMatch(/burn|without hurting|nail/);
  });

  it.each([
    'i burn myself on purpose',
    'i cut myself when im sad, not an accident',
    'i burnt myself again lol',
    'i keep hurting myself',
    'i want to stop hurting myself',
    'my dad burnt me with the iron',
    'i burn myself on the oven on purpose cos im clumsy',
    'i burn myself on the oven its not an accident',
    'i burn myself on the oven again and again when im upset cos im clumsy',
    'i want to cook without hurting myself again',
    'i was cutting carrots and i cut myself',
    'i cut myself',
    'he cut off my hair',
  ])('leave alone: %j is asked after or answered', async (typed) => {
    chat = await typedTo(Step.needsBarrier, ADULT, TO_NEEDS);
    const replies = saidIn(await chat.say(typed));
    expect(replies).toMatch(ASKED_AFTER);
  });
});

describe('a kitchen goal typed as the dream', () => {
  it('"i want to cook a meal without hurting myself" is kept as a hope, no "Are you OK?", no note', async () => {
    chat = await typedTo(Step.hopesDream, ADULT);
    const replies = saidIn(await chat.say('i want to cook a meal without hurting myself'));
    expect(replies).not.toMatch(ASKED_AFTER);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    const draft = (await chat.draft())!;
    expect(draft.flags).toEqual([]);
    expect(draft.aspirations.map((a) => a.text).join(' ')).toMatch(/cook a meal without hurting/);
  });

  it('leave alone: "i want to stop hurting myself" as the dream is answered, with a note', async () => {
    chat = await typedTo(Step.hopesDream, ADULT);
    const replies = saidIn(await chat.say('i want to stop hurting myself'));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['self_harm_or_suicide']);
  });
});
