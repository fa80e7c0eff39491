import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* Nadia (16), as Gareth typed: "what? im fine. what sounds hard, the fridge?" after an unwanted "Are you OK?": sorry, and on with the plan. */

const HOPES = [{ text: 'to eat with my family', theme: 'health_and_wellbeing' as const, needs: [] }];

async function atCheck(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', who: 'self', name: 'Nadia', age: 16, schoolYear: 11, hopes: HOPES, at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) });
  const asked = saidIn(await chat.say('everything is too much and i dont really sleep'));
  if (chat.step !== Step.safeguardingCheck) throw new Error(`no check: ${asked}`);
  return chat;
}

describe('a puzzled "im fine" at the gentle check', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['what? im fine. what sounds hard, the fridge?', 'huh? im ok, what are you on about', 'im fine?? what sounds hard'])('%j says sorry for the misreading and carries on', async (typed) => {
    chat = await atCheck();
    const reply = saidIn(await chat.say(typed));
    expect(reply).toMatch(/Sorry, I misread that\./);
    expect(reply).not.toMatch(/that wasn't clear/);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect(chat.step?.startsWith('needs.')).toBe(true);
    expect(JSON.stringify(await chat.draft())).not.toMatch(/im fine|what sounds hard|on about/);
  });

  it('"im fine" alone is thanked as before', async () => {
    chat = await atCheck();
    const reply = saidIn(await chat.say('im fine'));
    expect(reply).not.toMatch(/misread/);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
  });

  it.each(['what? im fine. my dad hits me', 'im fine?? he touches me', 'what? im fine. i want to die'])('%j is heard as a disclosure', async (typed) => {
    chat = await atCheck();
    const reply = saidIn(await chat.say(typed));
    expect(reply).toMatch(/Childline|NSPCC|999|safeguarding lead/);
    expect(reply).not.toMatch(/misread/);
  });
});
