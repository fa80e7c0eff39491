import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typeUntil } from '../support/typedWay';
import { parentSeed, startWith, type SeedHope } from './journeySeed';

/*
 * The plan section a hard thing or a piece of help is placed in, from a parent's own words: getting
 * about on buses and taxis is everyday life (D and H), social care named is social care's, and moving
 * to adult services at the hospital is health's (C and G).
 */
const BUS: SeedHope = { text: 'to go into town on the bus on his own', theme: 'independent_living', needs: [] };
const WELL: SeedHope = { text: 'to stay well and look after his own health', theme: 'health_and_wellbeing', needs: [] };
const OMAR = { name: 'Omar', age: 17, schoolYear: 12 };
const atNeeds = { at: (d: { aspirations: { id: string }[] }) => ({ stage: 'needs' as const, step: Step.needsBarrier, topic: d.aspirations[0]!.id }) };

describe('the section a hard thing or a help goes in, typed by a parent', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const sections = async (): Promise<string[]> => (await chat.draft())!.needs.map((n) => n.suggestedSection ?? '');

  it.each([
    ['he cant explain to the bus driver where hes going', 'social_care'],
    ['he has never had a social care assessment', 'social_care'],
  ])('"%s" is placed in social care', async (typed, section) => {
    ({ chat } = await startWith(parentSeed(OMAR, [BUS], atNeeds)));
    await chat.say(typed);
    expect(await sections()).toEqual([section]);
  });

  it('"hes moving to adult services at the hospital and the nurses will all be new" is placed in health', async () => {
    ({ chat } = await startWith(parentSeed(OMAR, [WELL], atNeeds)));
    await chat.say('hes moving to adult services at the hospital and the nurses will all be new');
    expect(await sections()).toEqual(['health']);
  });

  it('"a card he can show bus drivers" as help is social care help, not school help', async () => {
    ({ chat } = await startWith(parentSeed(OMAR, [{ ...BUS, needs: ['he cant explain to the bus driver where hes going'] }])));
    await typeUntil(chat, Step.outcomeProvides, {
      [Step.outcomeStep]: 'he will get the bus into town on his own',
      [Step.outcomeWhen]: 'by next summer',
      [Step.outcomeMeasure]: 'he does the trip three saturdays in a row',
      [Step.outcomeDoesForMe]: 'he would feel grown up',
      [Step.outcomeMakesPossible]: 'he could meet his friends in town',
    });
    await chat.say('a card he can show bus drivers that says he has autism');
    const help = (await chat.draft())!.outcomes[0]!.provision;
    expect(help.map((p) => [p.text, p.by])).toEqual([['a card he can show bus drivers that says he has autism', 'social_care']]);
  });
});
