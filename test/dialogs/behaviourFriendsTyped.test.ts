import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';

/* Danielle, a foster carer, types Reece's needs in quick messages: behaviour and friendships at school are Section B. */

describe('behaviour and friendships typed by a carer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"meltdowns when hes tired" and "he cant keep friends" are kept as education needs', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Reece', age: 9, schoolYear: 4 }, [{ text: 'I want him to be happy at school', theme: 'learning_and_work', needs: [] }], {
      at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
    })));
    await chat.say('he has meltdowns when hes tired');
    await chat.say('nothing really');
    await chat.say('yes he cant keep friends');
    const needs = (await chat.draft())?.needs.map((n) => [n.text, n.suggestedSection]);
    expect(needs).toEqual([
      ['he has meltdowns when hes tired', 'education'],
      ['he cant keep friends', 'education'],
    ]);
  });
});
