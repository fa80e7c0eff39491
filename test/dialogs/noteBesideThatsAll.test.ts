import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

/*
 * "no thats all. but i want it written down somewhere that school keep saying hes fine and he
 * isnt": the outcomes end, and the dad's view is kept in his words as a note his key worker reads
 * with the plan. The bot says where it went; it never becomes another outcome.
 */
const BEN = parentSeed({ name: 'Ben', age: 8, schoolYear: 4 }, [{ text: 'he wants to have a friend to play with', theme: 'friends_and_community', needs: ['he finds it hard to join in'] }], { today: '2026-12-04' });
const ONE_OUTCOME = ['he will play a game with a friend at break', 'end of year 4', 'his teacher will see him play with a friend 3 times a week', 'he would feel happy', 'he could go to parties', 'a grown up to help him join in', 'yes'];

describe('a view to write down beside "that\'s all"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('ends the outcomes and keeps the view as a note for the key worker', async () => {
    ({ chat } = await startWith(BEN));
    for (const said of ONE_OUTCOME) if (chat.step !== Step.outcomeAnother) await chat.say(said);
    expect(chat.step).toBe(Step.outcomeAnother);
    const replies = saidIn(await chat.say('no thats all. but i want it written down somewhere that school keep saying hes fine and he isnt'));
    expect(replies).toMatch(/note for your key worker/);
    expect(replies).toMatch(/school keep saying hes fine/);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(1);
    expect(draft.notesForKeyWorker?.map((n) => n.text)).toEqual(['school keep saying hes fine and he isnt']);
    expect(chat.step).not.toBe(Step.outcomeStep);
    expect(chat.step).not.toBe(Step.outcomeAnother);
  });
});
