import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typedTo } from '../support/typedWay';
import { startWith } from './journeySeed';

/*
 * Paul, dad of Arlo (4): the age question was left for now, then "hes 4 by the way you didnt let me
 * say. starts reception next september". The age and school stage are kept whenever they are said
 * (nursery now, so Reception comes next September), and the open question is asked again.
 */
const PAULS_WORDS = 'hes 4 by the way you didnt let me say. starts reception next september';

describe('Paul gives Arlo\'s age after the age question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('at the invitation code question, after the age was left for now', async () => {
    chat = await typedTo(Step.welcomeName, {}, { [Step.welcomeWho]: 'A parent or carer' });
    await chat.say('Arlo');
    expect(chat.step).toBe(Step.welcomeAge);
    await chat.say('skip');
    expect(chat.step).toBe(Step.welcomeInvite);
    expect((await chat.draft())!.youngPerson.age).toBeUndefined();
    await chat.say(PAULS_WORDS);
    const person = (await chat.draft())!.youngPerson;
    expect(person.age).toBe(4);
    expect(person.schoolYear).toBe(-1);
    expect(chat.step).toBe(Step.welcomeInvite);
  });

  it('at "what makes this hard?", nothing of it kept as a hard thing', async () => {
    ({ chat } = await startWith({
      today: '2026-12-06', who: 'parent_carer', name: 'Arlo',
      hopes: [{ text: 'talk in short sentences', theme: 'learning_and_work', needs: [] }],
      at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
    }));
    await chat.say(PAULS_WORDS);
    const draft = (await chat.draft())!;
    expect(draft.youngPerson.age).toBe(4);
    expect(draft.youngPerson.schoolYear).toBe(-1);
    expect(draft.needs).toEqual([]);
    expect(chat.step).toBe(Step.needsBarrier);
  });

  it('an age known already is never changed by a passing remark', async () => {
    ({ chat } = await startWith({
      today: '2026-12-06', who: 'parent_carer', name: 'Arlo', age: 4, schoolYear: -1,
      hopes: [{ text: 'talk in short sentences', theme: 'learning_and_work', needs: [] }],
      at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
    }));
    await chat.say('hes 5');
    expect((await chat.draft())!.youngPerson.age).toBe(4);
  });
});
