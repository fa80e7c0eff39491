import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Ryan's hope about friends came with the exploitation in it: "just chill w my mates. at weekends i go off w some older
 * lads ... they give me weed n money for dropping stuff off". After the safeguarding answer and "carry on", only the
 * ordinary part is offered back and kept; the draft never keeps the disclosure as a hope, nor asks for an outcome for it.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atFriends(): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-02',
    name: 'Ryan',
    age: 15,
    schoolYear: 10,
    hopes: [{ text: 'be a mechanic', theme: 'learning_and_work', needs: [] }],
    at: () => ({ stage: 'hopes', step: Step.hopesTheme, topic: 'friends_and_community' }),
  }));
  return chat!;
}

const WORRY = /weed|lads|older|dropping|drops|parcels|packages|estate|stuff off|runs|trainers|weekend|go home/i;

describe('a hope told with exploitation in it', () => {
  it.each([
    ['just chill w my mates. at weekends i go off w some older lads from town, sometimes i dont go home lol. theyre sound tho they give me weed n money for dropping stuff off', 'just chill w my mates'],
    ['go bowling with my friends. the older boys pay me to drop parcels round', 'go bowling with my friends'],
    ['play footy with my mates. i do drops for my mates older brother he gives me money n trainers', 'play footy with my mates'],
    ['join a boxing club. a guy from the estate gives me £50 to deliver packages', 'join a boxing club'],
    ['see my cousins more. sometimes i stay out all weekend with the lads from town, they look after me and give me stuff', 'see my cousins more'],
  ])('%j: only the ordinary part is offered back and kept', async (said, ordinary) => {
    const c = await atFriends();
    await c.say(said);
    expect(c.step).toBe(Step.safeguardingCheck);
    expect((await c.draft())?.aspirations.map((a) => a.text)).toEqual(['be a mechanic']);
    await c.say('yes im safe');
    const back = saidIn(await c.say('carry on'));
    expect(c.step).toBe(Step.hopesTheme);
    expect(back).toContain(ordinary);
    expect(back).not.toMatch(WORRY);
    await c.say('yes');
    const hopes = (await c.draft())?.aspirations.map((a) => a.text) ?? [];
    expect(hopes).toContain(ordinary);
    expect(hopes.join(' ')).not.toMatch(WORRY);
  });

  it('told with nothing ordinary beside it, nothing is kept and the question is asked again', async () => {
    const c = await atFriends();
    await c.say('theyre sound tho, the older lads give me weed n money for dropping stuff off');
    await c.say('yes im safe');
    await c.say('carry on');
    expect(c.step).toBe(Step.hopesTheme);
    expect((await c.draft())?.aspirations.map((a) => a.text)).toEqual(['be a mechanic']);
  });
});
