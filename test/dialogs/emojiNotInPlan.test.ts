import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/* Emoji typed beside a hope are never in the plan's words nor in the words read back; the words are kept. */

const MIA: Seed = { today: '2026-12-02', name: 'Mia', age: 15, schoolYear: 10, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) };
const EMOJI = /\p{Extended_Pictographic}/u;

describe('emoji beside a hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['i want to be a vet 🐶🐱', /be a vet/],
    ['🎓 go to college to study art 🎨', /go to college to study art/],
  ])('"%s" keeps the words and drops the emoji', async (typed, kept) => {
    chat = (await startWith(MIA)).chat;
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(kept);
    expect(said).not.toMatch(EMOJI);
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(hopes).toHaveLength(1);
    expect(hopes[0]).toMatch(kept);
    expect(hopes[0]).not.toMatch(EMOJI);
  });
});
