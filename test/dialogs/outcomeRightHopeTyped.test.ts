import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * Kai (16) has three hopes: working with animals, living on his own and having more friends. A
 * cooking step typed for the animals hope goes under living on his own after a yes; a step that fits no hope
 * is asked about ("How does this help with ...?"), and an answer about another hope moves it. The
 * needs an outcome answers move with it, so every outcome answers needs of its own hope.
 */

const ANIMALS: SeedHope = { text: 'I want to work with animals', theme: 'learning_and_work', needs: ['i find reading hard'] };
const OWN: SeedHope = { text: 'live on my own', theme: 'independent_living', needs: ['i cant cook or manage money'] };
const FRIENDS: SeedHope = { text: 'have more friends', theme: 'friends_and_community', needs: ['i get nervous talking to people'] };
const kai = (hopes: SeedHope[]) => ({ today: '2026-12-02', name: 'Kai', age: 16, schoolYear: 11, hopes });

/** Every outcome's needs are needs of its own hope. */
function threadHolds(draft: Draft): void {
  for (const o of draft.outcomes) {
    expect(o.needIds.length).toBeGreaterThan(0);
    for (const id of o.needIds) expect(draft.needs.find((n) => n.id === id)!.aspirationIds).toContain(o.aspirationId);
  }
}

async function answerUntil(chat: Transcript, step: string, answers: Partial<Record<string, string>>): Promise<void> {
  for (let turn = 0; turn < 8 && chat.step !== step; turn++) await chat.say(answers[chat.step ?? ''] ?? 'I would feel proud');
  expect(chat.step).toBe(step);
}

const ANSWERS = { [Step.outcomeWhen]: 'by the summer', [Step.outcomeMeasure]: 'my mum sees me do it', [Step.outcomeDoesForMe]: 'I would feel proud' };

describe('an outcome goes under the hope it is about', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"make a sandwich for my lunch" asked for the animals hope goes under living on my own, with the cooking need', async () => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(kai([ANIMALS, OWN, FRIENDS])));
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[0]!.id);
    const said = saidIn(await chat.say('make a sandwich for my lunch'));
    // Never moved without asking: the bot offers the hope it fits, and a yes moves it.
    expect(said).toMatch(/live on my own/);
    expect(said).toMatch(/Shall I put it there\?/);
    await chat.say('yes please');
    const draft = (await chat.draft())!;
    const outcome = draft.outcomes[0]!;
    expect(outcome.aspirationId).toBe(seeded.aspirations[1]!.id);
    expect(outcome.needIds).toEqual([seeded.needs[1]!.id]);
    threadHolds(draft);
  });

  it('with nothing hard said for living on my own, the cooking step still goes there and takes a need with it', async () => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(kai([ANIMALS, { ...OWN, needs: [] }, FRIENDS])));
    await chat.say('make my own dinner twice a week');
    await chat.say('yeah');
    const draft = (await chat.draft())!;
    expect(draft.outcomes[0]!.aspirationId).toBe(seeded.aspirations[1]!.id);
    threadHolds(draft);
  });

  it('"it doesnt really, its more for living on my own" at "How does this help?" moves the outcome and its needs', async () => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(kai([ANIMALS, OWN, FRIENDS])));
    await chat.say('tidy my room every saturday');
    await answerUntil(chat, Step.outcomeMakesPossible, ANSWERS);
    expect(chat.lastQuestion!.activity.text).toMatch(/How does this help with your hope "I want to work with animals"/);
    const said = saidIn(await chat.say('it doesnt really, its more for living on my own'));
    expect(said).toMatch(/live on my own/);
    const draft = (await chat.draft())!;
    expect(draft.outcomes[0]!.aspirationId).toBe(seeded.aspirations[1]!.id);
    expect(draft.outcomes[0]!.makesPossible ?? '').not.toMatch(/doesnt/);
    threadHolds(draft);
  });

  it('"it helps me live on my own" at "How does this help?" moves it and keeps what it makes possible', async () => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(kai([ANIMALS, OWN, FRIENDS])));
    await chat.say('tidy my room every saturday');
    await answerUntil(chat, Step.outcomeMakesPossible, ANSWERS);
    await chat.say('it helps me live on my own');
    expect(chat.step).toBe(Step.outcomeProvides);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.aspirationId).toBe(seeded.aspirations[1]!.id);
    expect(outcome.makesPossible).toBe('it helps me live on my own');
  });

  it('a need said for the outcome moves with it to the hope named at the read-back', async () => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(kai([ANIMALS, OWN, FRIENDS])));
    await chat.say('tidy my room every saturday');
    await answerUntil(chat, Step.outcomeMakesPossible, ANSWERS);
    await chat.say('I could look after a pet in my room');
    expect(chat.step).toBe(Step.outcomeProvides);
    await chat.say('i cant reach the top shelf in my room');
    await answerUntil(chat, Step.outcomeConfirm, { [Step.outcomeProvides]: 'a step stool' });
    await chat.say("it's for my other hope about living on my own");
    const draft = (await chat.draft())!;
    const outcome = draft.outcomes[0]!;
    expect(outcome.aspirationId).toBe(seeded.aspirations[1]!.id);
    const shelf = draft.needs.find((n) => /shelf/.test(n.text))!;
    expect(outcome.needIds).toContain(shelf.id);
    expect(shelf.aspirationIds).toEqual([seeded.aspirations[1]!.id]);
    threadHolds(draft);
  });
});
