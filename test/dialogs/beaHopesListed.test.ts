import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/* "wot hopes hav i got now?" at "any more hopes?": her hopes are listed, and none is added. */
describe('asking which hopes are kept, spelt as it sounds', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('lists the hopes and keeps no new one', async () => {
    chat = await typedTo(Step.hopesMore, { age: 'Year 6', name: 'Bea' }, { [Step.hopesDream]: 'be a vet' });
    const replies = saidIn(await chat.say('wot hopes hav i got now?'));
    expect(replies).toMatch(/be a vet/i);
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['be a vet']);
  });
});
