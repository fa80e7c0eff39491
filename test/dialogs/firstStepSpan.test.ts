import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const READ: SeedHope = { text: 'Maisie will read books she likes', theme: 'learning_and_work', needs: ['She finds letters hard'] };

describe('the times offered for a first step fall within "the next year or two"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a parent of a Year 2 child is not offered the end of Year 6, four years away', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', who: 'parent_carer', name: 'Maisie', age: 7, schoolYear: 2, hopes: [READ] }));
    await chat.say('she will read a short book with me every night');
    expect(chat.step).toBe(Step.outcomeWhen);
    const choices = chat.lastQuestion?.choices ?? [];
    expect(choices).not.toContain('End of Year 6');
    expect(choices).toContain('End of this school year');
    expect(choices).toHaveLength(3);
  });

  it('a Year 5 child is still offered the end of Year 6, within the span', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', who: 'parent_carer', name: 'Maisie', age: 10, schoolYear: 5, hopes: [READ] }));
    await chat.say('she will read a short book with me every night');
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(chat.lastQuestion?.choices).toContain('End of Year 6');
  });
});

describe('the early years are asked for a step in the next six months', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a parent of a 4-year-old is asked for a step in the next six months and offered 3 or 6 months, never "the next year or two"', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', who: 'parent_carer', name: 'Maisie', age: 4, hopes: [READ] }));
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.activity.text).toMatch(/next six months/);
    expect(chat.lastQuestion?.activity.text).not.toMatch(/year or two/);
    await chat.say('she will look at a picture book with me every night');
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(chat.lastQuestion?.choices).toEqual(['In 3 months', 'In 6 months']);
  });

  it('a parent of a Year 2 child is still asked for the next year or two', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', who: 'parent_carer', name: 'Maisie', age: 7, schoolYear: 2, hopes: [READ] }));
    expect(chat.lastQuestion?.activity.text).toMatch(/next year or two/);
  });
});
