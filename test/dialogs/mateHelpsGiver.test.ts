import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * Kofi, 15, asked what help his arsenal goal needs: "my mate jay helps me". A mate is who gives that
 * help, kept beside it as a friend would be, so the plan never reads it as a service's help alone.
 */

describe('"my mate jay helps me" at "what would it provide?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('is kept as help given by his mate', { timeout: 90000 }, async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kofi', age: 15, schoolYear: 10, hopes: [{ text: 'go to an arsenal match', theme: 'friends_and_community', needs: ['the stadium is loud'] }] }));
    await chat.say('go to an arsenal match with my dad');
    for (let turn = 0; turn < 3 && chat.step !== Step.outcomeMeasure; turn++) await chat.say('by the end of the season');
    await chat.say('my dad takes a photo');
    await chat.say('i would feel happy');
    for (let turn = 0; turn < 3 && chat.step !== Step.outcomeProvides; turn++) await chat.say('go with my mates');
    expect(chat.step).toBe(Step.outcomeProvides);
    await chat.say('my mate jay helps me');
    const provision = (await chat.draft())!.outcomes[0]!.provision;
    expect(provision.map((p) => ({ text: p.text, who: p.who }))).toEqual([{ text: 'my mate jay helps me', who: 'mate' }]);
  });
});
