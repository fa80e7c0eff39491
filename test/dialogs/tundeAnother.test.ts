import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import { parentSeed, saidIn as said, startWith, type Seed } from './journeySeed';

/*
 * A father with simple English, after the road outcome for his son Tunde (8), at "add another
 * outcome?": "Yes one more. The toilet..." names the toilet hope, never the road hope again, and
 * "No, road is finish. I say toilet..." is a correction, never an outcome.
 */

const SEED: Seed = parentSeed({ name: 'Tunde', age: 8, schoolYear: 3 }, [
  { text: 'one day he can cross the road safe', theme: 'independent_living', needs: ['he run and not look at cars'] },
  { text: 'he use the toilet by himself at school', theme: 'independent_living', needs: ['he is scared of the school toilet'] },
]);

/** The road outcome, agreed already. */
function roadDone(draft: Draft): Draft {
  const started = startOutcome(draft, { statement: 'By July 2027, Tunde will stop at the kerb and wait for an adult.', aspirationId: draft.aspirations[0]!.id, needIds: [draft.needs[0]!.id] });
  return updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'by July 2027', date: '2027-07-23' }, measure: 'his teacher sees him stop', confirmed: true });
}

async function roadOutcome(chat: Transcript): Promise<void> {
  for (const m of ['stop at the kerb and wait for adult', 'end of this school year', 'teacher see him stop every time on school trip', 'he will be safe', 'we can walk to the park', 'an adult hold his hand', 'nothing more']) {
    if (chat.step === Step.outcomeConfirm) break;
    await chat.say(m);
  }
  await chat.say('yes');
  expect(chat.step).toBe(Step.outcomeAnother);
}

const hopeOf = async (chat: Transcript, topic: string | undefined) => (await chat.draft())!.aspirations.find((a) => a.id === topic)?.text;

describe('the next outcome, named by its hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'Yes one more. The toilet, he is scared to go at school',
    'Yes one more. The toilet.',
    'yes one more for toilet',
  ])('"%s" asks the step for the toilet hope, and stores nothing yet', async (typed) => {
    ({ chat } = await startWith(SEED));
    await roadOutcome(chat);
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(await hopeOf(chat, chat.lastQuestion!.activity.channelData.outcomes.topic)).toMatch(/toilet/);
    expect((await chat.draft())!.outcomes).toHaveLength(1);
  });

  it('"No, road is finish. I say toilet..." asked about the road again moves to the toilet hope, and is never an outcome', async () => {
    ({ chat } = await startWith({ ...SEED, change: roadDone, at: (d) => ({ stage: 'outcomes', step: Step.outcomeStep, topic: d.aspirations[0]!.id }) }));
    const reply = said(await chat.say('No, road is finish. I say toilet. He must go toilet alone at school'));
    const draft = (await chat.draft())!;
    expect(draft.outcomes.map((o) => o.statement).join(' ')).not.toMatch(/road is finish|I say|no,/i);
    expect(reply).not.toMatch(/road is finish/i);
    const toilet = draft.aspirations.find((a) => /toilet/.test(a.text))!;
    // The step about the toilet is taken from his words, or the toilet step is asked.
    const toiletOutcome = draft.outcomes.find((o) => o.aspirationId === toilet.id);
    if (toiletOutcome) expect(toiletOutcome.statement).toMatch(/go (?:to the )?toilet alone at school/);
    else expect(chat.lastQuestion!.activity.channelData.outcomes.topic).toBe(toilet.id);
    expect(draft.outcomes.filter((o) => o.aspirationId !== toilet.id)).toHaveLength(1);
  });

  it('"No, road is finish. I say toilet" at "another outcome?" asks the toilet step', async () => {
    ({ chat } = await startWith(SEED));
    await roadOutcome(chat);
    await chat.say('No, road is finish. I say toilet');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(await hopeOf(chat, chat.lastQuestion!.activity.channelData.outcomes.topic)).toMatch(/toilet/);
    expect((await chat.draft())!.outcomes).toHaveLength(1);
  });

  it('"no, not this one" asked about the road again never becomes an outcome', async () => {
    ({ chat } = await startWith({ ...SEED, change: roadDone, at: (d) => ({ stage: 'outcomes', step: Step.outcomeStep, topic: d.aspirations[0]!.id }) }));
    await chat.say('no, road is done already');
    expect((await chat.draft())!.outcomes).toHaveLength(1);
  });
});
