import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Ryan, 15, in foster care, at "What would you like to do with friends, family or in your local area?", a few minutes
 * after a worry at "Do you feel safe?" and "yes im safe": "theyre sound tho they give me weed n money for dropping stuff
 * off". A child given drugs and money by older people for carrying, and going missing, is child criminal exploitation:
 * the full answer and a note at once, never kept as a hope, and never silenced by the "I'm safe" said to another worry.
 */

const standard = createWords().forMode('standard');
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const RYAN = 'just chill w my mates. at weekends i go off w some older lads from town, sometimes i dont go home lol. theyre sound tho they give me weed n money for dropping stuff off';

/** As the chat went: a worry at "do you feel safe?", "yes im safe", then the hopes, up to friends and community. */
async function atFriendsAfterSafe(): Promise<Transcript> {
  ({ chat } = await startWith({ today: '2026-12-02', name: 'Ryan', age: 15, schoolYear: 10, hopes: [], at: () => ({ stage: 'aboutMe', step: Step.aboutMeSafe }) }));
  await chat!.say('not always, school feels unsafe');
  expect(chat!.step).toBe(Step.safeguardingCheck);
  await chat!.say('yes im safe');
  await chat!.say('carry on');
  expect(chat!.step).toBe(Step.hopesDream);
  await chat!.say('be a mechanic');
  await chat!.say('no');
  await chat!.say('no');
  expect(chat!.step).toBe(Step.hopesTheme);
  expect(chat!.lastQuestion?.topic).toBe('friends_and_community');
  return chat!;
}

const flagKinds = async (c: Transcript) => (await c.draft())?.flags.map((f) => f.category) ?? [];

describe('Ryan: given weed and money for dropping stuff off, after "yes im safe"', () => {
  it('gets the exploitation answer and a note at once, and nothing of it is kept as a hope', async () => {
    const c = await atFriendsAfterSafe();
    const before = (await flagKinds(c)).length;
    const replies = saidIn(await c.say(RYAN));
    expect((await flagKinds(c)).slice(before)).toEqual(['exploitation']);
    expect(replies).toContain(standard('safeguarding:exploited.heard'));
    expect(c.step).toBe(Step.safeguardingCheck);
    const hopes = (await c.draft())?.aspirations.map((a) => a.text).join(' ') ?? '';
    expect(hopes).not.toMatch(/weed|dropping|older lads/);
  });

  it.each([
    'the older boys pay me to drop parcels round',
    'i get free weed if i take stuff to people for them',
    'a guy from the estate gives me £50 to deliver packages',
    'i do drops for my mates older brother he gives me money n trainers',
    'sometimes i stay out all weekend with the lads from town, they look after me and give me stuff',
  ])('"%s" gets the answer and a note at once', async (said) => {
    const c = await atFriendsAfterSafe();
    const before = (await flagKinds(c)).length;
    await c.say(said);
    expect((await flagKinds(c)).slice(before)).toEqual(['exploitation']);
    expect(c.step).toBe(Step.safeguardingCheck);
  });

  it('a faint worry of a new kind is still asked after, though "yes im safe" was said to another', async () => {
    const c = await atFriendsAfterSafe();
    const before = (await flagKinds(c)).length;
    await c.say('hang out with the older lads from town, they buy me food and stuff lol');
    expect(c.step).toBe(Step.safeguardingCheck);
    expect((await flagKinds(c)).length).toBe(before);
  });

  it.each(['i deliver newspapers for pocket money', 'i drop my little brother off at school', 'my uncle gave me money for my birthday'])('"%s" is a hope, no note', async (said) => {
    const c = await atFriendsAfterSafe();
    const before = (await flagKinds(c)).length;
    await c.say(said);
    expect((await flagKinds(c)).length).toBe(before);
    expect(c.step).not.toBe(Step.safeguardingCheck);
  });
});
