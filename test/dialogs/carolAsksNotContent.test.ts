import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS } from '../support/typedWay';
import { parentSeed, saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * Carol, 63, special guardian of Jayden (7, Year 2), asks the bot things as she answers. Her
 * questions are answered and the question asked again; none of them is kept as a hope, a need or help.
 */

const jayden = { name: 'Jayden', age: 7, schoolYear: 2 };
const reading: SeedHope = { text: 'he wants to read his own books', theme: 'learning_and_work', needs: ['he finds letters hard'] };

async function at(step: StepId, hope: SeedHope = reading): Promise<Transcript> {
  // At "what helps?", the question is about the need just kept.
  const { chat } = await startWith(parentSeed(jayden, [hope], { at: (d) => ({ stage: 'needs', step, topic: d.aspirations[0]!.id, ...(step === Step.needsHelps ? { data: { need: d.needs[0]!.id } } : {}) }) }));
  return chat;
}

describe('Carol asks as she answers', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"He is in Year 2. Have I asked something I should not have?" at what makes it hard: no, nothing wrong, and asked again', async () => {
    chat = await at(Step.needsBarrier, { ...reading, needs: [] });
    const said = saidIn(await chat.say('He is in Year 2. Have I asked something I should not have?'));
    expect(said).toMatch(/^No, not at all/);
    expect(said).not.toMatch(/missed your question|What would you like to ask/);
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())!.needs).toEqual([]);
  });

  it('a disclosure beside the same worry still flags', async () => {
    chat = await at(Step.needsBarrier, { ...reading, needs: [] });
    const said = saidIn(await chat.say('His dad hits him when he gets drunk. Have I said something I should not have?'));
    expect(said).toMatch(CRISIS);
    expect((await chat.draft())!.flags.length).toBe(1);
  });

  it('"And any adult, not just Mrs Patel and me?" at what helps: yes, anyone who helps, and asked again', async () => {
    chat = await at(Step.needsHelps);
    const said = saidIn(await chat.say('And any adult, not just Mrs Patel and me?'));
    expect(said).toMatch(/anyone who helps/);
    expect(chat.step).toBe(Step.needsHelps);
    expect((await chat.draft())!.needs[0]!.helps ?? []).toEqual([]);
    // Her answer next is the help.
    await chat.say('his uncle reads with him at the weekend');
    expect((await chat.draft())!.needs[0]!.helps).toEqual(['his uncle reads with him at the weekend']);
  });

  it('"I am sorry, I do not understand" at the measure: the question in other words, with an example, and asked again', async () => {
    const { chat: c } = await startWith(parentSeed(jayden, [reading]));
    chat = c;
    await chat.say('he will read a short book with an adult');
    if (chat.step === Step.outcomeWhen) await chat.say('by the end of year 2');
    expect(chat.step).toBe(Step.outcomeMeasure);
    const said = saidIn(await chat.say('I am sorry, I do not understand'));
    expect(said).toMatch(/For example/);
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect((await chat.draft())!.outcomes[0]!.measure ?? null).toBeNull();
  });

  it('"can i mention his eating? he only eats pasta" at the hopes: yes, kept with the hard things (health), never a hope', async () => {
    const { chat: c } = await startWith(parentSeed(jayden, [], { at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
    chat = c;
    const said = saidIn(await chat.say('can i mention his eating? he only eats pasta'));
    expect(said).toMatch(/^Yes/);
    expect(said).toMatch(/hard things, not as a hope/);
    expect(chat.step).toBe(Step.hopesDream);
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toEqual([]);
    expect(draft.needs.map((n) => [n.text, n.suggestedSection])).toEqual([['he only eats pasta', 'health']]);
  });

  it('"can i mention his football? he wants to play for a team" at the hopes: a hope, never a hard thing', async () => {
    const { chat: c } = await startWith(parentSeed(jayden, [], { at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
    chat = c;
    await chat.say('can i mention his football? he wants to play for a team');
    const draft = (await chat.draft())!;
    expect(draft.needs).toEqual([]);
    expect(draft.aspirations.map((a) => a.text).join(' ')).toMatch(/play for a team/);
  });

  it('"can i mention his eating?" alone: yes, and nothing is kept', async () => {
    const { chat: c } = await startWith(parentSeed(jayden, [], { at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
    chat = c;
    expect(saidIn(await chat.say('can i mention his eating?'))).toMatch(/^Yes, please do/);
    expect(chat.step).toBe(Step.hopesDream);
    const draft = (await chat.draft())!;
    expect([draft.aspirations, draft.needs]).toEqual([[], []]);
  });
});
