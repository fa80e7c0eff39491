import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * "1 and 2 are wrong. delete them" at the hopes questions: hopes 1 and 2 are read back in one
 * question and go after one yes. The message is never kept as a hope.
 */

const SEED: Seed = {
  today: '2026-12-04',
  name: 'Sam',
  age: 15,
  schoolYear: 10,
  hopes: ['be a vet', 'have friends', 'live on my own'].map((text) => ({ text, theme: null, needs: [] })),
  at: () => ({ stage: 'hopes', step: Step.hopesMore }),
};

const said = (replies: Awaited<ReturnType<Transcript['say']>>) => replies.map((a) => a.text ?? '').join('\n');

describe('hopes taken out by their numbers', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([['1 and 2 are wrong. delete them'], ['delete 1 and 2'], ['can u remove hopes 1 and 2 pls']])('"%s" takes out hopes 1 and 2 after a yes', async (typed) => {
    ({ chat } = await startWith(SEED));
    const asked = said(await chat.say(typed));
    expect(asked).toContain('be a vet');
    expect(asked).toContain('have friends');
    expect(asked).not.toContain('live on my own');
    await chat.say('yes');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['live on my own']);
  });
});
