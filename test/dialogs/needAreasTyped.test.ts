import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addNeed, type Draft } from '../../src/domain/draft';
import { needSection } from '../../src/language';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

const TYPED = ['his speech, he cant say what he wants', 'he loses his temper a lot', 'he is tired all the time'];

describe('needs are placed and labelled by what their words are about', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('speech and temper go in Section B, tiredness in Section C, as typed by a parent', async () => {
    ({ chat } = await startWith({
      today: '2026-12-02',
      who: 'parent_carer',
      name: 'Tomasz',
      age: 11,
      schoolYear: 6,
      hopes: [{ text: 'my dream is for him to have friends', theme: 'friends_and_community', needs: [] }],
      at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
    }));
    await chat.say(TYPED[0]!);
    await chat.say('nothing really');
    await chat.say(TYPED[1]!);
    await chat.say('no');
    await chat.say(`yes ${TYPED[2]}`);
    const needs = (await chat.draft())?.needs.map((n) => [n.text, n.suggestedSection]);
    expect(needs).toEqual([
      [TYPED[0], 'education'],
      [TYPED[1], 'education'],
      [TYPED[2], 'health'],
    ]);
  });

  it('the read-back labels each need by its area: talking, feelings, health; a need moved to health is labelled health', async () => {
    const withNeeds = (draft: Draft) => TYPED.reduce((d, text) => addNeed(d, text, [draft.aspirations[0]!.id], needSection(text)).draft, draft);
    ({ chat } = await startWith({
      today: '2026-12-02',
      who: 'parent_carer',
      name: 'Tomasz',
      age: 11,
      schoolYear: 6,
      hopes: [{ text: 'to have friends', theme: 'friends_and_community', needs: [] }],
      change: withNeeds,
      at: () => ({ stage: 'review', step: Step.reviewSummary }),
    }));
    const card = () => JSON.stringify(chat.lastQuestion!.activity.attachments);
    await chat.say('what makes things hard');
    expect(card()).toContain(`${TYPED[0]} (talking and understanding)`);
    expect(card()).toContain(`${TYPED[1]} (feelings and getting on with others)`);
    expect(card()).toContain(`${TYPED[2]} (health)`);
    expect(card()).not.toContain('(learning)');
    await chat.say('put the temper one under health');
    await chat.say('yes');
    await chat.say('show what is hard please');
    expect(card()).toContain(`${TYPED[1]} (health)`);
  });

  // A foster carer lists what is hard in one message: each hard thing is a need of its own, placed
  // by its own words and the place said beside it (school or home), not by the first word matched.
  it('a carer\'s list of hard things at school and at home is four needs: B, B, C and D', async () => {
    ({ chat } = await startWith({
      today: '2026-12-02',
      who: 'parent_carer',
      name: 'Kai',
      age: 9,
      schoolYear: 4,
      hopes: [{ text: 'to be settled and happy', theme: null, needs: [] }],
      at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
    }));
    await chat.say("at school he can't cope with loud noise and he lashes out when plans change. at home he doesnt sleep, he needs help to get dressed");
    expect((await chat.draft())?.needs.map((n) => [n.text, n.suggestedSection])).toEqual([
      ["at school he can't cope with loud noise", 'education'],
      ['he lashes out when plans change', 'education'],
      ['at home he doesnt sleep', 'health'],
      ['he needs help to get dressed', 'social_care'],
    ]);
  });

  it.each([
    // Out of education at 21, a hard thing on the way to a job is everyday life's (see needAtWorkTyped).
    ['get a job in a garage', 'social_care'],
    ['go to college to do motor vehicle', 'education'],
    ['sort out my benefits and my own flat', 'social_care'],
  ] as const)('a 21-year-old\'s "forms are hard" for the hope "%s" goes in %s', async (hope, section) => {
    ({ chat } = await startWith({
      today: '2026-12-02',
      name: 'Jay',
      age: 21,
      hopes: [{ text: hope, theme: null, needs: [] }],
      at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
    }));
    await chat.say('forms are hard');
    expect((await chat.draft())?.needs.map((n) => [n.text, n.suggestedSection])).toEqual([['forms are hard', section]]);
  });
});
