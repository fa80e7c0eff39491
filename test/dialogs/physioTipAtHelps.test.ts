import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith, walkTo } from './journeySeed';

/*
 * A tip from a therapist typed at "what helps?" ("his physio said stretches every morning help
 * loads") is help that works: kept in those words, which name who gives it; as provision, with health as who gives it.
 */

const TIP = 'his physio said stretches every morning help loads';
const HOPE = { text: 'to run around with his friends', theme: 'friends_and_community' as const };

describe('a physio tip at "what helps?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('is kept as what helps with the hard thing', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Reggie', age: 8, schoolYear: 3 }, [{ ...HOPE, needs: [] }], { at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) })));
    await chat.say('he has cerebral palsy so his muscles are tight');
    await chat.say(TIP);
    expect((await chat.draft())!.needs[0]!.helps).toEqual([TIP]);
  });

  it('is kept as provision given by health, every morning', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Reggie', age: 8, schoolYear: 3 }, [{ ...HOPE, needs: ['his legs get stiff and tired'] }])));
    await walkTo(chat, Step.outcomeProvides, { [Step.outcomeStep]: 'reggie will play tag at break with his friends', [Step.outcomeWhen]: 'by next summer', [Step.outcomeMeasure]: 'he plays tag 3 times a week', [Step.outcomeDoesForMe]: 'he would feel part of the group', [Step.outcomeMakesPossible]: 'he could join a football club' });
    await chat.say(TIP);
    expect((await chat.draft())!.outcomes[0]!.provision).toMatchObject([{ text: TIP, by: 'health', howOften: 'every morning' }]);
  });
});
