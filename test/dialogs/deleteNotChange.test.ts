import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { asksToRemove } from '../../src/language/removeItem';
import { readTakeBack } from '../../src/language/takeBack';
import { startWith, type Seed } from './journeySeed';

/*
 * A dad with English as a second language asks a question at "what makes it hard?", it is kept as
 * a need, and he asks for it to go: "that one is not a problem, i was asking you. remove it".
 * What he says about it is never kept as its new words; the need is taken out.
 */

const SEED: Seed = {
  today: '2026-12-02',
  name: 'Kuba',
  age: 9,
  schoolYear: 4,
  hopes: [{ text: 'be a train driver', theme: 'learning_and_work', needs: [] }],
  at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
};

const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('asking to delete what was just kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['this thing is not a barrier, it was only my question for you. please remove it', 'no! dont change it, remove. delete it'],
    ['the last one was not a need, i was asking you something. delete it please', 'not edit. get rid of it'],
  ])('"%s" takes the need out and keeps none of those words', async (first, second) => {
    ({ chat } = await startWith(SEED));
    await chat.say('can i say here that he is afraid from big dogs?');
    const before = (await chat.draft())!;
    expect(before.needs.length).toBeGreaterThan(0);
    const reply = await chat.say(first);
    expect(said(reply)).not.toMatch(/I've changed/);
    let draft = (await chat.draft())!;
    expect(JSON.stringify(draft.needs)).not.toMatch(/big dogs|not a (?:barrier|need)|question|asking/);
    await chat.say(second);
    draft = (await chat.draft())!;
    expect(JSON.stringify(draft.needs)).not.toMatch(/change|edit|remove|delete|get rid/i);
  });
});

describe('remarks beside a delete are not new words', () => {
  it.each(['that thing is not a problem, it was my question to you. delete it', 'no!! not change, delete. remove it', 'i was asking you. remove that'])('"%s"', (typed) => {
    expect(readTakeBack(typed)).toEqual({ rest: '' });
    expect(asksToRemove(typed)).toBe('');
  });
  it('a correction with its new answer keeps the answer', () => {
    expect(readTakeBack('oh wait i read that wrong. for the bike its money')).toEqual({ rest: 'for the bike its money' });
    expect(asksToRemove('it is too loud, remove it')).toBeNull();
  });
});

describe('asking how or when to answer at "what makes it hard?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'can i type in welsh please?',
    'can i put my answer in later?',
    'can i tell you later when my mum is here?',
    'could i write my answer in the box?',
    'can i add a photo of him?',
    'can i say that you are confusing me?',
  ])('%j is answered as a question and nothing is kept', async (typed) => {
    ({ chat } = await startWith(SEED));
    const reply = said(await chat.say(typed));
    expect(reply).toMatch(/what this question means/i);
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())!.needs).toEqual([]);
  });

  it('"can i say here that he is afraid from big dogs?" is still kept as what makes it hard', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('can i say here that he is afraid from big dogs?');
    expect(JSON.stringify((await chat.draft())!.needs)).toMatch(/big dogs/);
  });
});
