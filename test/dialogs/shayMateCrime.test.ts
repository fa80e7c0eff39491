import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import type { Draft } from '../../src/domain/draft';

/*
 * Shay, 22, easy read, lives with her nan. A "best mate" who has her buy him things is mate crime,
 * heard at once, whatever "i dont mind" beside it. Her nan keeping her card, said at "what helps?",
 * is help; a card kept by someone who will not give money back, or spends it, is still heard.
 */

const ALARM = /999|101|Childline|police|Are you OK|Are you safe/i;
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const EASY = { change: (d: Draft): Draft => ({ ...d, youngPerson: { ...d.youngPerson, readingMode: 'easy_read' } }), journey: { mode: 'easy_read' as const } };

async function shayAtHopes(): Promise<Transcript> {
  ({ chat } = await startWith({ today: '2026-12-02', name: 'Shay', age: 22, hopes: [], ...EASY, at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
  return chat;
}

async function shayAtHelps(): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-02',
    name: 'Shay',
    age: 22,
    hopes: [{ text: 'go shopping on my own', theme: 'independent_living', needs: ['i cant do money'] }],
    ...EASY,
    at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }),
  }));
  return chat;
}

describe('a best mate who has her buy him things', () => {
  it('is heard at once as a worry, with a note, and is never kept as a hope', async () => {
    const chat = await shayAtHopes();
    const said = saidIn(await chat.say('i got mates at centre. jay is my best mate. he asks me to buy him stuff like fags and food and his fone top up. i dont mind'));
    expect(said).toMatch(/not your fault/i);
    expect(said).not.toMatch(/That sounds hard/);
    const draft = await chat.draft();
    expect(draft?.flags.map((f) => f.category)).toEqual(['exploitation']);
    expect(draft?.aspirations.map((a) => a.text).join(' ')).not.toMatch(/jay|mate/i);
  });

  it('"my friend asked me to buy him a drink" is no worry', async () => {
    const chat = await shayAtHopes();
    expect(saidIn(await chat.say('my friend asked me to buy him a drink'))).not.toMatch(ALARM);
    expect((await chat.draft())?.flags).toEqual([]);
  });
});

describe('nan keeping her card, said at what helps', () => {
  it('"nan keeps my card sumtimes" is kept as help, with no alarm and no note', async () => {
    const chat = await shayAtHelps();
    expect(saidIn(await chat.say('nan keeps my card sumtimes'))).not.toMatch(ALARM);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.needs[0]?.helps).toContain('nan keeps my card sumtimes');
  });

  it.each(['nan keeps my card and wont give me any money', 'my carer keeps my card and spends it', 'he keeps my bank card', 'nan keeps my card sumtimes and hits me'])(
    '"%s" is still heard as a worry',
    async (typed) => {
      const chat = await shayAtHelps();
      await chat.say(typed);
      const draft = await chat.draft();
      expect(draft?.flags.length).toBeGreaterThan(0);
      expect(draft?.needs[0]?.helps ?? []).not.toContain(typed);
    },
  );
});

describe('the answer for an adult, in easy read', () => {
  it('is short: the police are her choice, 999 only if in danger now, and no Childline at 22', async () => {
    const chat = await shayAtHopes();
    const said = saidIn(await chat.say('i got mates at centre. jay is my best mate. he asks me to buy him stuff like fags and food and his fone top up. i dont mind'));
    expect(said).toMatch(/in danger now\? Call 999/);
    expect(said).toMatch(/police on 101 if you want to/);
    expect(said).toMatch(/Do you know someone under 19 who needs help\? They can call Childline/);
    expect(said).not.toMatch(/if you know someone under 19 who needs help/);
  });
});

describe('asked why, after the answer', () => {
  it('"yeh im ok. why is it hard" is a yes, with why a mate who has her buy him things is a worry', async () => {
    const chat = await shayAtHopes();
    await chat.say('i got mates at centre. jay is my best mate. he asks me to buy him stuff like fags and food and his fone top up. i dont mind');
    const said = saidIn(await chat.say('yeh im ok. why is it hard'));
    expect(said).toMatch(/A real friend does not do that/);
    expect(said).toMatch(/glad you are safe/);
  });
});
