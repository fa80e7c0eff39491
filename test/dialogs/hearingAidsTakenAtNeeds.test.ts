import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type Seed } from './journeySeed';

/* Anya, Milo's mother (English her second language; Milo is 3 and wears hearing aids), at "what makes it hard?". */

const CRISIS = /0808 800 5000|116 123|0800 1111|999/;
const HOPE = { text: 'to talk with other children', theme: 'friends_and_community' as const, needs: [] as string[] };
const atBarrier: Seed['at'] = (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id });
const anya = async (): Promise<Transcript> =>
  (await startWith(parentSeed({ name: 'Milo', age: 3, schoolYear: -1 }, [HOPE], { at: atBarrier }))).chat;

describe('a worry that nursery takes his hearing aids out, at "what makes it hard?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"nursery take out his hearing aids and put in box, he cannot hear all day": kept as a need, a kind word, no crisis answer and no flag', async () => {
    chat = await anya();
    const replies = await chat.say('nursery take out his hearing aids and put in box, he cannot hear all day');
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.needs.map((n) => n.text).join(' ')).toMatch(/hearing aids/);
    expect(saidIn(replies)).toMatch(/important to put in the plan/);
  });

  it.each(['nursery staff hit him', 'they lock him in a room', 'they leave him in a dirty nappy all day', 'my dad hits me'])(
    'still heard: "%s"',
    async (said) => {
      chat = await anya();
      const replies = await chat.say(said);
      expect(saidIn(replies)).not.toMatch(/important to put in the plan/);
      expect(saidIn(replies)).toMatch(/0808 800 5000|Are you OK|Is .* OK/);
    },
  );
});
