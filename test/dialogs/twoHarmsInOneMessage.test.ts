import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * Two harms in one message, by two people ("my bf pressured me into sex. my dad hits me"): the answer is given once,
 * and both harms are noted, each a flag of its own, so the leads see both. One harm told in several words stays one.
 */
let chat: Transcript | undefined;
closeAfterEach(() => chat);

async function saysAtHopes(said: string) {
  chat = await typedTo(Step.hopesDream, { age: '15', name: 'Jo' });
  return saidIn(await chat.say(said));
}

describe('two harms told in one message', () => {
  it.each([
    ['my bf pressured me into sex. my dad hits me', ['sexual_abuse', 'harm_from_others']],
    ['my dad hits me and my boyfriend makes me do stuff i dont want to', ['sexual_abuse', 'harm_from_others']],
    ['my stepdad hits me. my bf pressured me into sex', ['sexual_abuse', 'harm_from_others']],
    ['my mum hits me and i cut myself', ['self_harm_or_suicide', 'harm_from_others']],
    ['he pressured me into sex and now i want to kill myself', ['self_harm_or_suicide', 'sexual_abuse']],
  ])('%j: one answer, and both harms noted', async (said, kinds) => {
    const replies = await saysAtHopes(said);
    expect(replies).toMatch(CRISIS);
    expect(chat!.step).toBe(Step.safeguardingCheck);
    const flags = (await chat!.draft())?.flags.map((f) => f.category) ?? [];
    for (const kind of kinds) expect(flags).toContain(kind);
  });

  it.each([
    ['my uncle touched me and i feel dirty', 'sexual_abuse'],
    ['my dad hits me and i dont want to go home', 'harm_from_others'],
    ['the kids at school punch me. my dad is nice', 'bullying'],
    ['i want to be a chef. my dad hits me', 'harm_from_others'],
  ])('%j: one harm, one note', async (said, kind) => {
    await saysAtHopes(said);
    expect((await chat!.draft())?.flags.map((f) => f.category)).toEqual([kind]);
  });
});
