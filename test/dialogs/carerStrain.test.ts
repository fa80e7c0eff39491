import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as texts, startWith, type Seed } from './journeySeed';

/* Gary, Mia's grandad and carer, says how he is at the needs questions. */

const HOPE = { text: 'to dress herself', theme: 'independent_living' as const, needs: ['she cannot do buttons'] };
const atHelps: Seed['at'] = (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } });
const atBarrier: Seed['at'] = (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id });

async function gary(at: Seed['at']): Promise<Transcript> {
  return (await startWith(parentSeed({ name: 'Mia', age: 4, schoolYear: 0 }, [HOPE], { at }))).chat;
}

describe("a carer's own strain at the needs questions", () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ['I am tired, if I am honest', 'I asked the social worker for a carers assessment', 'we could do with some respite']) {
    it(`"${said}" at "what already helps?" is a social care need for the family, not help; the question is asked again`, async () => {
      chat = await gary(atHelps);
      const replies = await chat.say(said);
      expect(texts(replies)).toMatch(/how you are matters too/);
      const draft = await chat.draft();
      expect(draft?.needs.find((n) => n.text === said)?.suggestedSection).toBe('social_care');
      expect(draft?.needs[0]?.helps ?? []).toEqual([]);
      expect(chat.lastQuestion?.step).toBe(Step.needsHelps);
    });
  }

  it('"I am tired, if I am honest" at "what makes this hard?" is kept as a social care need (Section D), not health', async () => {
    chat = await gary(atBarrier);
    await chat.say('I am tired, if I am honest');
    expect((await chat.draft())?.needs.find((n) => n.text === 'I am tired, if I am honest')?.suggestedSection).toBe('social_care');
  });

  it('leave alone: "she is tired after nursery" at "what makes this hard?" is about Mia, and stays a health need', async () => {
    chat = await gary(atBarrier);
    await chat.say('she is tired after nursery');
    expect((await chat.draft())?.needs.find((n) => n.text === 'she is tired after nursery')?.suggestedSection).toBe('health');
  });

  it('leave alone: "her nan helps her with the buttons" at "what already helps?" is kept as help', async () => {
    chat = await gary(atHelps);
    await chat.say('her nan helps her with the buttons');
    expect((await chat.draft())?.needs[0]?.helps).toEqual(['her nan helps her with the buttons']);
  });

  it('leave alone: a young person saying "I am tired all the time" keeps the health reading', async () => {
    const { chat: own } = await startWith({ today: '2026-12-02', name: 'Jay', age: 15, schoolYear: 10, hopes: [HOPE], at: atBarrier });
    chat = own;
    await chat.say('I am tired all the time');
    expect((await chat.draft())?.needs.find((n) => n.text === 'I am tired all the time')?.suggestedSection).toBe('health');
  });
});
