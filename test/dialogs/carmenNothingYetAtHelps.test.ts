import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * Carmen, mum of Luca (5), at "what already helps Luca with this?": "we asked the GP but nothing yet". Help asked for
 * that has not come is no help that works: never "It's good to know what works", but what has not happened yet.
 */

const LUCA = { who: 'A parent or carer', name: 'Luca', age: '5' } as const;
const TO_HELPS = { ...typedToNeedsFor('I want him to stay in class with the other children'), [Step.needsBarrier]: 'he has very few words and isnt toilet trained' };

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('help asked for that has not come, at "what already helps?"', () => {
  it('"we asked the GP but nothing yet": not thanked as what works; said as not happened yet', async () => {
    chat = await typedTo(Step.needsHelps, LUCA, TO_HELPS);
    const replies = saidIn(await chat.say('we asked the GP but nothing yet'));
    expect(replies).not.toMatch(/good to know what works/);
    expect(replies).toMatch(/hasn't happened yet/);
  });

  it('leave alone: "his visual timetable helps a bit" is thanked as what works', async () => {
    chat = await typedTo(Step.needsHelps, LUCA, TO_HELPS);
    const replies = saidIn(await chat.say('his visual timetable helps a bit'));
    expect(replies).toMatch(/good to know what works/);
  });
});
