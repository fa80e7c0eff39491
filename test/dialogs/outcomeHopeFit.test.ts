import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const DRESS: SeedHope = { text: 'get dressed on her own in the mornings', theme: 'independent_living', needs: ['Buttons and laces are hard for her'] };
const READ: SeedHope = { text: "i'd love her to be able to read books by herself and maybe be a vet one day", theme: 'learning_and_work', needs: ['She finds letters hard to remember'] };

describe('an outcome stays with the hope it was asked for', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"put her school jumper and shoes on by herself" stays with getting dressed and links to its needs', async () => {
    const started = await startWith({ today: '2025-03-10', who: 'parent_carer', name: 'Poppy', age: 8, schoolYear: 3, hopes: [DRESS, READ] });
    chat = started.chat;
    const dressing = started.seeded.aspirations[0]!;
    expect(chat.lastQuestion?.topic).toBe(dressing.id);
    const replies = await chat.say('put her school jumper and shoes on by herself');
    expect(replies.map((r) => r.text ?? '').join(' ')).not.toMatch(/so I've put it there/i);
    expect(chat.step).toBe(Step.outcomeWhen);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.aspirationId).toBe(dressing.id);
    expect(outcome.needIds).toEqual([started.seeded.needs[0]!.id]);
  });
});
