import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { atWhatHelpsWithANote } from '../support/noteAtNeeds';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, CRISIS, saidIn } from '../support/typedWay';

/*
 * A grandmother caring for Tia (7) got the safety answer and a note. At "what already helps?" she
 * typed "No no Tia is SAFE… Why are you giving me the NSPCC number??": it was kept as her answer,
 * and every answer after it landed one question late. A question or protest about the safety answer
 * is answered kindly, never kept, and the interrupted question is asked again.
 */

const PARENT = { who: 'A parent or carer', name: 'Tia', age: '7' } as const;
const FLAGGED = 'older kids push her over at playtime and call her a baby';
const NOTE_WITH_HER_WORDS = /The note stays, .*with your words beside it/;

let chat: Transcript | undefined;
closeAfterEach(() => chat);

const atWhatHelpsForTia = () =>
  atWhatHelpsWithANote(PARENT, 'for Tia to have friends at school', FLAGGED, ['yes we are safe', 'carry on', 'she is shy and finds it hard to join in']);

describe('a grandmother questions the safety answer, at the next needs question', () => {
  it.each([
    'No no Tia is SAFE… Why are you giving me the NSPCC number??',
    'Tia is SAFE, nobody is hurting her!!',
    'it is just kids being kids',
  ])('%j: answered kindly, her words beside the note, the question again; never kept', async (typed) => {
    chat = await atWhatHelpsForTia();
    const before = JSON.stringify((await chat.draft())?.needs);
    const replies = saidIn(await chat.say(typed));
    expect(replies).toMatch(NOTE_WITH_HER_WORDS);
    expect(replies).not.toMatch(CRISIS);
    expect(replies).not.toMatch(/Are you OK|I kept/i);
    expect(chat.step).toBe(Step.needsHelps);
    expect(replies).toMatch(/What already helps Tia with this\?/);
    const draft = await chat.draft();
    expect(draft?.flags).toHaveLength(1);
    expect(JSON.stringify(draft?.needs)).toBe(before);
  });
});
