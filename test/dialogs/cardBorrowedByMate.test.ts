import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Jordan is 22, autistic and lives in supported living; earlier he named his key worker, Sam. At the hopes
 * question about living on his own he tells of his "best mate" Dale borrowing his bank card and the money
 * going. That is heard at once (a flag for exploitation and the answer, not only "Are you OK?"), and the
 * answer says plainly what the worry is: the card and the money are his, his bank can give him a new card
 * and PIN, Sam or adult social care can help, with Shout, Samaritans, who Childline is for and 999.
 */

const std = createWords().forMode('standard');
const easy = createWords().forMode('easy_read');
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function jordan(mode: 'standard' | 'easy_read' = 'standard'): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-07',
    name: 'Jordan',
    age: 22,
    hopes: [{ text: 'to work in a bike shop', theme: 'learning_and_work', needs: [] }],
    change: (d) => ({ ...d, aboutMe: { ...d.aboutMe, support: ['sam my key worker helps me with letters'] } }),
    at: () => ({ stage: 'hopes', step: Step.hopesTheme, topic: 'independent_living' }),
    journey: { mode },
  }));
  return chat;
}

const DALE =
  'i live in leeds in my flat. i want to do my own money. dale borrows my bank card sometimes and then the money goes. hes my best mate he says he will pay it back';

describe('a "best mate" who borrows his bank card', () => {
  it('is heard at once as exploitation, and the answer names the worry and Sam', async () => {
    const chat = await jordan();
    const reply = saidIn(await chat.say(DALE));
    expect(reply).toContain(std('safeguarding:cardHeld.heard'));
    expect(reply).toContain(std('safeguarding:cardHeld.newCard'));
    expect(reply).toContain(std('safeguarding:cardHeld.keyWorkerNamed', { name: 'Sam' }));
    expect(reply).toMatch(/85258/);
    expect(reply).toMatch(/116 123/);
    expect(reply).toMatch(/Childline, if you know someone under 19/);
    expect(reply).toMatch(/999/);
    expect(reply).not.toMatch(/\b101\b/);
    const draft = await chat.draft();
    expect(draft?.flags.map((f) => f.category)).toEqual(['exploitation']);
    expect(JSON.stringify(draft?.aspirations)).not.toMatch(/card|dale/i);
  });

  it('in easy read: the same in easy words, with Sam named', async () => {
    const chat = await jordan('easy_read');
    const reply = saidIn(await chat.say('my friend uses my card for his shopping'));
    expect(reply).toContain(easy('safeguarding:cardHeld.heard'));
    expect(reply).toContain(easy('safeguarding:cardHeld.newCard'));
    expect(reply).toMatch(/Sam/);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['exploitation']);
  });
});
