import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed, type SeedHope } from './journeySeed';

const JOB: SeedHope = { text: 'get a paid job after my internship', theme: 'learning_and_work', needs: ['interviews make me nervous'] };
const SAM: Seed = { today: '2026-12-03', name: 'Sam', age: 19, schoolYear: 14, hopes: [JOB] };

describe('probe', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  it.each([['I will fill in the application form. I will practise interviews.', 'by March', 'form and interviews are one thing'], ['I will fill in the application form and I will practise interviews with my job coach', 'by March', 'form and interviews are one thing'], ['fill in the application form, practise interviews', 'by March', 'form and interviews are one thing']])('probe', async (...typeds) => {
    ({ chat } = await startWith(SAM));
    for (const typed of typeds) {
      const replies = await chat.say(typed);
      const d = (await chat.draft())!;
      console.log(typed, '=>', JSON.stringify(replies.map((r) => r.text)), chat.step, JSON.stringify(d.outcomes.map((o) => [o.statement, o.timeframe?.phrase])));
    }
  });
});
