import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * A 20-year-old who named his key worker Sam tells of his bank card held by others. The card answer (his card, a new
 * card from the bank, Sam can help) is only for a friend or flatmate holding it with nothing graver told: threats,
 * crime, drugs or sex beside it, or a carer or staff holding it, get the usual answer with the police line, and the
 * one holding the card is never named as the one to help.
 */

const std = createWords().forMode('standard');
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function twenty(): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-07',
    name: 'Lee',
    age: 20,
    hopes: [{ text: 'to work in a bike shop', theme: 'learning_and_work', needs: [] }],
    change: (d) => ({ ...d, aboutMe: { ...d.aboutMe, support: ['sam my key worker helps me with letters'] } }),
    at: () => ({ stage: 'hopes', step: Step.hopesTheme, topic: 'independent_living' }),
  }));
  return chat;
}

describe('a card held by others with something graver, or by a carer', () => {
  it.each([
    'my carer has my bank card and i never see my money',
    'sam my key worker has my bank card and keeps my money',
    'they took my card and said id get stabbed if i told anyone',
    'the lads have my bank card and make me take packages to another town',
    'dale has my pin and he makes me sell weed for him',
    'my mates took my card and they use my flat to sell drugs',
    'a guy has my bank card and makes me sleep with his mates',
    'staff keep my card and dont give me my money',
    'my support worker keeps my pin and takes money out',
    'they got my card n said theyd batter me if i snitch',
  ])('"%s" gets the usual answer with the police line, not the card answer', async (words) => {
    const chat = await twenty();
    const reply = saidIn(await chat.say(words));
    expect(reply).not.toContain(std('safeguarding:cardHeld.heard'));
    expect(reply).not.toContain(std('safeguarding:cardHeld.keyWorkerNamed', { name: 'Sam' }));
    expect(reply).toMatch(/\b101\b|999/);
    expect((await chat.draft())?.flags.length).toBeGreaterThan(0);
  });

  it.each(['dale borrows my bank card and then the money goes', 'my mate uses my card for his shopping', 'my flatmate has my pin and takes money out', 'my frend keeps my card'])(
    '"%s" (a friend, nothing graver) still gets the card answer',
    async (words) => {
      const chat = await twenty();
      const reply = saidIn(await chat.say(words));
      expect(reply).toContain(std('safeguarding:cardHeld.heard'));
      expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['exploitation']);
    },
  );
});
