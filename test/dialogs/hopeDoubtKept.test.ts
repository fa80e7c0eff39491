import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * "actually no idk if i could be a vet, u need to be good at reading", just after the vet hope:
 * doubt, not a change. The hope stays as it was, the bot answers kindly (help with reading can be
 * asked for) and asks the same question again.
 */

const seed = (step: StepId): Seed => ({
  today: '2026-12-04',
  name: 'Sam',
  age: 15,
  schoolYear: 10,
  hopes: [{ text: 'be a vet', theme: null, needs: [] }],
  at: () => ({ stage: 'hopes', step }),
});

describe('doubt about a hope at the hopes questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([[Step.hopesMore], [Step.hopesTheme]])('at %s the hope is kept and help with reading is named', async (step) => {
    ({ chat } = await startWith(seed(step)));
    const replies = await chat.say('actually no idk if i could be a vet, u need to be good at reading');
    const said = replies.map((a) => a.text ?? '').join('\n');
    expect(said).toMatch(/kept/i);
    expect(said).toMatch(/help with reading/i);
    expect(chat.lastQuestion?.step).toBe(step);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['be a vet']);
    expect(JSON.stringify(draft.needs)).not.toMatch(/idk|vet/);
  });
});
