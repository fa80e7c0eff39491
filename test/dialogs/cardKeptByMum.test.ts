import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * A 19-year-old tells why money is hard: her mum keeps her bank card, for a reason they agreed.
 * That is help with money, kept as what is hard, never the alarm and "call 999". The same words
 * from a boyfriend, or a mum who spends the money, are still heard as a worry.
 */

const CRISIS = /Samaritans|999|SHOUT|Childline|Are you OK/;
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function zaraAtBarrier(): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-02',
    name: 'Zara',
    age: 19,
    hopes: [{ text: 'to buy my own lunch at college', theme: 'independent_living', needs: [] }],
    at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
  }));
  return chat;
}

describe('a bank card kept by mum, for a reason said', () => {
  it('is kept as what makes it hard, with no alarm and no flag', async () => {
    const chat = await zaraAtBarrier();
    const said = saidIn(await chat.say('Mum keeps my bank card because last year I lost my purse and I got really upset. I get confused counting change'));
    expect(said).not.toMatch(CRISIS);
    expect(chat.step).toBe(Step.needsHelps);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.needs.map((n) => n.text).join(' ')).toMatch(/counting change/);
  });

  it('"dad keeps my bank card so i dont lose it" is no alarm either', async () => {
    const chat = await zaraAtBarrier();
    expect(saidIn(await chat.say('dad keeps my bank card so i dont lose it'))).not.toMatch(CRISIS);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('a boyfriend who keeps the card "so i dont lose it" is still a worry', async () => {
    const chat = await zaraAtBarrier();
    expect(saidIn(await chat.say('my boyfriend keeps my bank card so i dont lose it'))).toMatch(CRISIS);
  });

  it('a mum who keeps the card and spends the money is still a worry', async () => {
    const chat = await zaraAtBarrier();
    expect(saidIn(await chat.say('mum keeps my bank card so i dont lose it but she spends all my money'))).toMatch(CRISIS);
  });
});
