import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, CRISIS, saidIn, typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * A 15-year-old asked what makes it hard: sex pressed on her is sexual abuse, but wanting to die or hurting herself told
 * beside it is what is flagged and answered first, and harm from an adult told apart from it stays harm from others.
 * Sex pressed on her, told as a piece of its own, is noted as well.
 */

const FIFTEEN = { name: 'Mia', age: '15' } as const;
const atBarrier = (): Promise<Transcript> => typedTo(Step.needsBarrier, FIFTEEN, typedToNeedsFor('go to college'));

describe('sex pressure told beside self-harm or harm at home, at "what makes it hard"', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  it.each([
    ['he pressured me into sex and now i want to kill myself', 'self_harm_or_suicide', ['sexual_abuse']],
    ['he pressured me into sex. i cut myself last night', 'self_harm_or_suicide', ['sexual_abuse']],
    ['my bf made me sleep with him or hed leave, i want to die', 'self_harm_or_suicide', ['sexual_abuse']],
    ['my bf pushed me into sex and i want to end it all', 'self_harm_or_suicide', ['sexual_abuse']],
    ['my gf guilts me into sex. i feel suicidal', 'self_harm_or_suicide', ['sexual_abuse']],
    ['my boyfriend forced me into sex and i wanna kms', 'self_harm_or_suicide', ['sexual_abuse']],
    ['he made me have sex with him or hed leave me. ive been cutting again', 'self_harm_or_suicide', ['sexual_abuse']],
    ['my bf pressures me into sex, i dont want to be here anymore', 'self_harm_or_suicide', ['sexual_abuse']],
    ['my stepdad hits me. my bf pressured me into sex', 'harm_from_others', ['sexual_abuse']],
    ['my uncle hits me and my bf forced me into sex', 'harm_from_others', ['sexual_abuse']],
    ['my bf made me have sex with him or hed dump me. my dad beats me', 'harm_from_others', ['sexual_abuse']],
    // Near-misses: the pressure alone, or with its own push, is still sexual abuse.
    ['he pressured me into sex', 'sexual_abuse', []],
    ['she pushed me into doing stuff in bed', 'sexual_abuse', []],
    ['my bf pressured me into sex and i want to go to college', 'sexual_abuse', []],
  ] as const)('"%s" is answered in full with a %s note first and never kept', async (words, kind, also) => {
    chat = await atBarrier();
    const replies = saidIn(await chat.say(words));
    expect(replies).toMatch(CRISIS);
    // The pressure told apart from the rest is noted too (twoHarmsInOneMessage.test.ts): both reach the leads.
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual([kind, ...also]);
    expect(JSON.stringify((await chat.draft())?.needs ?? [])).not.toMatch(/sex|sleep/);
  });
});
