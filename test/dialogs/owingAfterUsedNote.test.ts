import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { SafeguardingText as S } from '../../dialogs/safeguardingText';
import { addFlag } from '../../src/domain/draft';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn } from '../support/typedWay';
import { startWith } from './journeySeed';

/*
 * Kieran, 13, after a note that older lads got him a phone and want him to "do a run": at "what would it do for you?"
 * he types "get my own money. then i dont owe no one". Owing is a further sign of being used: added to that note with
 * a kind line, the question asked again, never kept as what the outcome does for him. Without that note, it is an answer.
 */
const standard = createWords().forMode('standard');
let chat: Transcript | undefined;
closeAfterEach(() => chat);

async function atWhatItWouldDo(noted: boolean): Promise<Transcript> {
  const started = await startWith({
    today: '2025-03-10',
    name: 'Kieran',
    age: 13,
    schoolYear: 8,
    hopes: [{ text: 'Get a job as a mechanic', theme: 'learning_and_work', needs: ['I find it hard to get up'] }],
    ...(noted ? { change: (d) => addFlag(d, { category: 'exploitation', at: new Date('2025-03-10T10:00:00.000Z'), step: Step.needsBarrier }) } : {}),
  });
  chat = started.chat;
  const typed: Record<string, string> = { [Step.outcomeStep]: 'get a saturday job at the garage', [Step.outcomeWhen]: 'by the summer', [Step.outcomeMeasure]: 'i get paid every week' };
  for (let turn = 0; turn < 5 && chat.step !== Step.outcomeDoesForMe; turn++) await chat.say(typed[chat.step ?? ''] ?? 'yes');
  expect(chat.step).toBe(Step.outcomeDoesForMe);
  return chat;
}

describe('owing words after a note about being used', () => {
  it.each(['get my own money. then i dont owe no one', 'so i can pay them back', 'so im not in debt to them', 'then i dont owe them nothing', 'have my own cash so i dont owe anyone'])(
    '%j is added to the note, not kept, and the question is asked again',
    async (said) => {
      const chat = await atWhatItWouldDo(true);
      const replies = saidIn(await chat.say(said));
      expect(replies).toContain(standard(S.toldMoreAdded));
      expect(chat.step).toBe(Step.outcomeDoesForMe);
      const draft = await chat.draft();
      expect(JSON.stringify(draft?.outcomes)).not.toMatch(/owe|debt|pay them back/);
      expect(draft?.flags.map((f) => f.category)).toEqual(['exploitation']);
    },
  );

  it.each(['feel proud of myself', 'i owe my mum a tenner lol so i can pay her back'])('%j after the note is an ordinary answer', async (said) => {
    const chat = await atWhatItWouldDo(true);
    const replies = saidIn(await chat.say(said));
    expect(replies).not.toContain(standard(S.toldMoreAdded));
    expect(chat.step).not.toBe(Step.outcomeDoesForMe);
  });

  it('with no note, "get my own money. then i dont owe no one" is not added to any note', async () => {
    const chat = await atWhatItWouldDo(false);
    const replies = saidIn(await chat.say('get my own money. then i dont owe no one'));
    expect(replies).not.toContain(standard(S.toldMoreAdded));
  });
});
