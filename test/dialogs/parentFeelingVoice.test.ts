import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { doesForMeShown } from '../../src/language/feelingAnswer';

describe('a parent\'s feeling answer with "myself" in it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"proud of myself" is kept as Leo\'s pride, never "Leo would feel proud of myself"', async () => {
    ({ chat } = await startWith({
      today: '2026-12-02', who: 'parent_carer', name: 'Leo', age: 8, schoolYear: 3,
      hopes: [{ text: 'Leo will ride his bike', theme: 'independent_living', needs: ['He finds balance hard'] }],
      change: (d) => ({ ...d, youngPerson: { ...d.youngPerson, pronoun: 'he' } }),
    }));
    await chat.say('he will ride his bike to the park with me');
    await chat.say('in a year');
    await chat.say('we will see him ride there');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    await chat.say('proud of myself');
    const draft = (await chat.draft())!;
    // Kept as typed; read back and exported in Leo's voice.
    expect(draft.outcomes[0]!.doesForMe).toBe('proud of myself');
    expect(doesForMeShown(draft.outcomes[0]!.doesForMe!, draft.youngPerson)).toBe('Leo would feel proud of himself');
  });
});
