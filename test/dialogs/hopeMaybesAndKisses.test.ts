import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { hopesIn } from '../../src/language/hopesInMessage';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/* Each hope keeps its own "maybe"; a hope after "nothing really" is kept; a kiss ("x") is never kept. */

const atDream: Seed = { today: '2026-12-07', who: 'self', name: 'Kai', age: 15, schoolYear: 10, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) };
const atMore: Seed = { ...atDream, hopes: [{ text: 'be a chef', theme: 'learning_and_work', needs: [] }], at: () => ({ stage: 'hopes', step: Step.hopesMore }) };

describe('hopes typed with "maybe", a shrug or a kiss', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const hopes = async () => (await chat.draft())!.aspirations.map((a) => a.text);

  it('"maybe a vet nurse and maybe live with my mate": two hopes, each a maybe', async () => {
    ({ chat } = await startWith(atDream));
    await chat.say('maybe a vet nurse and maybe live with my mate');
    expect(await hopes()).toEqual(['maybe a vet nurse', 'maybe live with my mate']);
  });

  it.each([
    [atDream, []],
    [atMore, ['be a chef']],
  ] as const)('"nothing really. maybe music" keeps "maybe music"', async (seed, before) => {
    ({ chat } = await startWith(seed));
    await chat.say('nothing really. maybe music');
    expect(await hopes()).toEqual([...before, 'maybe music']);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it.each(['nothing really. maybe later', 'idk. maybe not', 'nothing really. probably nothing'])('%j at "another hope?" keeps no hope', async (typed) => {
    ({ chat } = await startWith(atMore));
    await chat.say(typed);
    expect(await hopes()).toEqual(['be a chef']);
  });

  it.each([
    [atDream, 'x'],
    [atDream, 'thanks x'],
    [atMore, 'x'],
    [atMore, 'thanks xx'],
  ] as const)('a kiss is no hope: %#', async (seed, typed) => {
    ({ chat } = await startWith(seed));
    const before = await hopes();
    await chat.say(typed);
    expect(await hopes()).toEqual(before);
    expect(chat.step).toBe(seed.at!({} as never).step);
  });

  it('a kiss after a hope is left off it', async () => {
    ({ chat } = await startWith(atDream));
    await chat.say('be a vet x');
    expect(await hopes()).toEqual(['be a vet']);
  });
});

describe('hopesIn', () => {
  it.each([
    ['maybe a vet', ['a vet']],
    ['nothing really. thats it', []],
    ['be a vet or maybe a chef', undefined],
  ] as const)('"%s"', (typed, expected) => {
    if (expected) expect(hopesIn(typed)).toEqual(expected);
    else expect(hopesIn(typed).join(' ')).toMatch(/vet/);
  });
});
