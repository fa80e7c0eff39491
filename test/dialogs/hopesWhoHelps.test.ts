import { afterEach, describe, expect, it } from 'vitest';
import { Stage, Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * Something hard said where a hope was asked for gets "If it was easier, what would you love to
 * do?". "my mum helps" there says how it is managed now: it is kept with the hard thing, never as a hope.
 */

describe('who helps, said just after something hard at a hopes question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['my mum helps', 'staff help me with it', 'i get help from my support worker'])('"%s" is kept as what helps with the hard thing, and no hope is made of it', async (helps) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Jess', age: 20, hopes: [{ text: 'work in a cafe', theme: 'learning_and_work', needs: [] }], at: () => ({ stage: Stage.hopes, step: Step.hopesTheme, topic: 'independent_living' }) }));
    expect(chat.step).toBe(Step.hopesTheme);
    await chat.say('i cant count money');
    expect(chat.step).toBe(Step.hopesTheme);
    await chat.say(helps);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['work in a cafe']);
    const need = draft.needs.find((n) => n.text === 'i cant count money');
    expect(need?.helps).toEqual([helps]);
  });

  it('a hope said after the hard thing is still a hope', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Jess', age: 20, hopes: [{ text: 'work in a cafe', theme: 'learning_and_work', needs: [] }], at: () => ({ stage: Stage.hopes, step: Step.hopesTheme, topic: 'independent_living' }) }));
    await chat.say('i cant count money');
    await chat.say('go to the shops on my own');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toContain('go to the shops on my own');
  });
});

describe('who helps, said after something hard at the first hopes question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('is kept with the hard thing, and the dream is asked for again', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', who: 'parent_carer', name: 'Amir', age: 9, schoolYear: 4, hopes: [], at: () => ({ stage: Stage.hopes, step: Step.hopesDream }) }));
    expect(chat.step).toBe(Step.hopesDream);
    await chat.say('he struggles with reading');
    expect(chat.step).toBe(Step.hopesDream);
    await chat.say('his TA helps him');
    expect(chat.step).toBe(Step.hopesDream);
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toEqual([]);
    expect(draft.needs.map((n) => [n.text, n.helps])).toEqual([['he struggles with reading', ['his TA helps him']]]);
    await chat.say('to read a book to his little sister');
    expect((await chat.draft())!.aspirations.map((a) => a.text).join(' ')).toMatch(/read a book/);
  });
});
