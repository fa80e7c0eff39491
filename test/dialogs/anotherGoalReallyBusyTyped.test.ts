import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { atOutcome } from '../support/outcomeAt';

/*
 * At "one more goal?", "a really busy restaurant" or "its so busy" is part of what they want, not a hard thing:
 * only "too" (or "to", as it sounds) makes a place too much.
 */

const DANCE = { text: 'be a dancer', theme: 'learning_and_work' as const, needs: ['i get shy on stage'] };

/** Sienna (13, easy read) with one hope, at `at`. */
async function siennaAt(at: Parameters<typeof startWith>[0]['at']): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-02', name: 'Sienna', age: 13, schoolYear: 8, hopes: [DANCE],
    change: (d) => ({ ...d, youngPerson: { ...d.youngPerson, readingMode: 'easy_read' } }),
    journey: { mode: 'easy_read' },
    at,
  });
  return chat;
}

describe('"really" or "so" beside a busy place, at "one more goal?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['yes, be a chef in a really busy restaurant', 'yes. go somewhere really hot on holiday', 'yes work at the airport, its so busy'])(
    '"%s" is not kept as a hard thing',
    async (typed) => {
      chat = await siennaAt(atOutcome(Step.outcomeAnother));
      expect(saidIn(await chat.say(typed))).not.toMatch(/hard thing/);
      expect((await chat.draft())!.needs.map((n) => n.text)).not.toContain(typed);
    },
  );

  it('leave alone: "the corridors. they are to loud" is kept as a hard thing', async () => {
    chat = await siennaAt(atOutcome(Step.outcomeAnother));
    await chat.say('the corridors. they are to loud');
    expect((await chat.draft())!.needs.map((n) => n.text)).toContain('the corridors. they are to loud');
  });
});
