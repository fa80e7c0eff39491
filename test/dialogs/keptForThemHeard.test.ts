import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * A card or money kept by someone is help only when the words say it is kept for them ("safe", "for me",
 * "so i dont lose it", nan keeping a card "sumtimes"), and only for a young adult. Money, benefits or
 * savings simply kept by a dad, a carer or staff are still heard. Travelling alone is set aside only for
 * a young adult: a child whose mum "doesnt have to take me" is still asked after.
 */

const ALARM = /999|101|Childline|police|Are you OK|Are you safe/i;
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atHelps(age: number): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-02',
    name: 'Shay',
    age,
    hopes: [{ text: 'go shopping on my own', theme: 'independent_living', needs: ['i cant do money'] }],
    at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }),
  }));
  return chat;
}

describe('money or a card kept by someone, said at what helps', () => {
  it.each([
    'my dad keeps my money',
    'my dad keeps my benefits',
    'dad keeps my pip',
    'my carer keeps my bank card',
    'staff keep my money',
    'my mum keeps my savings',
    'staff keep my card in her drawer',
    'my carer keeps my money and my card',
    'my carer holds my bank card and my money',
  ])('"%s" is heard, never kept quietly as help', async (typed) => {
    const chat = await atHelps(22);
    expect(saidIn(await chat.say(typed))).toMatch(ALARM);
  });

  it.each(['nan keeps my card sumtimes', 'dad keeps my bank card so i dont lose it', 'my support worker keeps my money safe for me'])(
    '"%s" from a young adult is help, with no alarm',
    async (typed) => {
      const chat = await atHelps(22);
      expect(saidIn(await chat.say(typed))).not.toMatch(ALARM);
      const draft = await chat.draft();
      expect(draft?.flags).toEqual([]);
      expect(draft?.needs[0]?.helps).toContain(typed);
    },
  );
});

describe('travelling alone, said by a child', () => {
  async function childAtHopes(): Promise<Transcript> {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 12, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
    return chat;
  }

  it.each([
    'i get the bus on my own and mum doesnt have to take me anymore',
    'i get the bus to town on my own and mum doesnt have to take me',
    'i get the taxi to college by myself and my dad doesnt have to take me',
  ])('"%s" is still asked after', async (typed) => {
    const chat = await childAtHopes();
    expect(saidIn(await chat.say(typed))).toMatch(ALARM);
  });
});
