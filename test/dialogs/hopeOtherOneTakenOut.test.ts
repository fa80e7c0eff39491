import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * A young person with two hopes about the same thing asks for "the other" one to go, because the
 * newer one is better. The older one goes after a yes; the newer one stays; the asking is never a hope.
 */

const seed = (hopes: string[]): Seed => ({
  today: '2026-12-04',
  name: 'Sam',
  age: 15,
  schoolYear: 10,
  hopes: hopes.map((text) => ({ text, theme: null, needs: [] })),
  at: () => ({ stage: 'hopes', step: Step.hopesMore }),
});

const texts = async (chat: Transcript) => (await chat.draft())!.aspirations.map((a) => a.text);
const said = (replies: Awaited<ReturnType<Transcript['say']>>) => replies.map((a) => a.text ?? '').join('\n');

describe('taking out "the other" of two hopes about one thing', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([['can u delete the other vet one, this one is better'], ['delete the old vet one pls'], ['remove the first vet one, the new one is better']])(
    '"%s" takes out the older vet hope and keeps the newer one',
    async (typed) => {
      ({ chat } = await startWith(seed(['be a vet', 'have friends', 'look after horses as a vet on a farm'])));
      const asked = said(await chat.say(typed));
      expect(asked).toContain('be a vet');
      expect(asked).not.toContain('horses');
      const done = said(await chat.say('yes'));
      expect(done).toContain('be a vet');
      expect(await texts(chat)).toEqual(['have friends', 'look after horses as a vet on a farm']);
    },
  );

  it('when the older one was already put together with the newer, it says which one is kept', async () => {
    ({ chat } = await startWith(seed(['look after horses as a vet on a farm', 'have friends'])));
    const reply = said(await chat.say('can u delete the other vet one, this one is better'));
    expect(reply).toContain('look after horses as a vet on a farm');
    expect(await texts(chat)).toEqual(['look after horses as a vet on a farm', 'have friends']);
  });
});
