import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from './journeySeed';
import { GARDEN, kaiAt } from './supportedLivingSeed';

/*
 * The golden thread for a 21-year-old's money hope. A step about shopping with £20 is about money,
 * so it is not asked how it helps. Asked how a step helps, an answer that says what it makes
 * possible for another hope ("save for the holiday with my mates") is kept as that, and the step
 * stays with its own hope: only the person moves it.
 */
const MONEY = { text: 'jen helps me with money i want to do it more myself', theme: 'independent_living' as const, needs: ['i get muddled with money'] };
const HOLIDAY = { text: 'go on holiday with my mates', theme: 'friends_and_community' as const, needs: [] };
const atStepFor = (hope: number) => (d: { aspirations: { id: string }[] }) => ({ stage: 'outcomes' as const, step: Step.outcomeStep, topic: d.aspirations[hope]!.id });

async function answer(chat: Transcript, typed: string[]): Promise<string[]> {
  const said: string[] = [];
  for (const t of typed) said.push(saidIn(await chat.say(t)));
  return said;
}

/** A step for the garden centre hope that shares nothing with it: asked how it helps. */
async function atLinkQuestion(): Promise<Transcript> {
  const { chat } = await kaiAt(atStepFor(0), [GARDEN, MONEY, HOLIDAY]);
  await answer(chat, ['tidy my room every saturday', 'by summer', 'jen checks it', 'proud']);
  return chat;
}

describe('money, shopping and £ are one thread', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"do my own shopping with £20 and not run out" goes with the money hope, never asked how it helps', async () => {
    ({ chat } = await kaiAt(atStepFor(1), [GARDEN, MONEY, HOLIDAY]));
    const said = await answer(chat, ['do my own shopping with £20 and not run out', 'by summer', 'jen checks my receipts', 'proud']);
    expect(said.join('\n')).not.toMatch(/How does this help/);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    await chat.say('save for the holiday with my mates');
    const draft = await chat.draft();
    expect(draft?.outcomes[0]?.aspirationId).toBe(draft?.aspirations[1]?.id);
    expect(draft?.outcomes[0]?.makesPossible).toBe('save for the holiday with my mates');
  });

  it('asked how a step helps, what it makes possible for another hope is kept, and the step stays', async () => {
    chat = await atLinkQuestion();
    expect(chat.lastQuestion?.activity.text).toMatch(/How does this help with your hope/);
    const said = saidIn(await chat.say('i could have my mates round'));
    expect(said).not.toMatch(/put it there/);
    const draft = await chat.draft();
    expect(draft?.outcomes[0]?.aspirationId).toBe(draft?.aspirations[0]?.id);
    expect(draft?.outcomes[0]?.makesPossible).toBe('i could have my mates round');
  });

  it('"its more for my holiday with my mates" still moves it: the person says where it belongs', async () => {
    chat = await atLinkQuestion();
    await chat.say('its more for my holiday with my mates');
    const draft = await chat.draft();
    expect(draft?.outcomes[0]?.aspirationId).toBe(draft?.aspirations[2]?.id);
  });
});
