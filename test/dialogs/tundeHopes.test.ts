import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as said, startWith, type Seed } from './journeySeed';

/*
 * A father with simple English at the hopes for his son Tunde (8). "Maybe when he is big boy" says
 * when, not what: it stays with the hope before it. "It is same thing, one hope" after the bot cut
 * his message means the parts are one hope, never a complaint about the questions.
 */

const SEED: Seed = parentSeed({ name: 'Tunde', age: 8, schoolYear: 3 }, [], { at: () => ({ stage: 'hopes', step: Step.hopesDream }) });

const hopes = async (chat: Transcript) => (await chat.draft())!.aspirations.map((a) => a.text);

describe('a father\'s hopes in simple English', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"Maybe when he is big boy" after a hope is part of that hope', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('I want he can talk to people and have friend');
    await chat.say('Also one day, he can cross the road safe. Maybe when he is big boy');
    const kept = await hopes(chat);
    expect(kept).toHaveLength(2);
    expect(kept[1]).toMatch(/cross the road safe.*when he is big boy/);
    expect(kept.some((h) => /^(?:maybe )?when he is big boy$/i.test(h))).toBe(false);
  });

  it('"It is same thing, one hope" after a cut puts the parts back as one hope', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('I want him to cross the road safe and I want him to make a friend at school');
    expect(await hopes(chat)).toHaveLength(2);
    const reply = said(await chat.say('It is same thing, one hope'));
    expect(reply).not.toMatch(/questions look alike/i);
    expect(await hopes(chat)).toHaveLength(1);
    expect([Step.hopesMore, Step.needsBarrier, Step.hopesTheme]).toContain(chat.step);
  });
});
