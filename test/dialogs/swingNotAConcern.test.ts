import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

describe('a parent telling of play on the swings', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"his dad pushes him on the swing" carries on with no safety check', async () => {
    ({ chat } = await startWith({
      today: '2026-12-02', who: 'parent_carer', name: 'Leo', age: 6, schoolYear: 1,
      hopes: [{ text: 'Leo will play at the park with other children', theme: 'friends_and_community', needs: [] }],
    }));
    const replies = await chat.say('his dad pushes him on the swing, next he could go on it with another child');
    expect(saidIn(replies)).not.toMatch(/safe|worried|Childline/i);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
  });
});
