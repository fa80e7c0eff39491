import { afterEach, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addFlag } from '../../src/domain/draft';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * At the review, a young person whose bullying was answered and flagged earlier puts it into his
 * own plan: his words beside the harm are kept (never the harm itself), with a short reminder, not the crisis answer again and again.
 */

const standard = createWords().forMode('standard');
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

it('the same harm typed as a change at the review keeps his words beside the harm, with one short reminder and no "are you safe?"', async () => {
  ({ chat } = await startWith({
    today: '2025-03-10',
    name: 'Kai',
    age: 13,
    schoolYear: 8,
    hopes: [{ text: 'to have friends', theme: 'friends_and_community', needs: ['the lunch hall is too loud'] }],
    change: (d) => addFlag(d, { category: 'bullying', at: new Date('2025-03-10T09:30:00Z'), step: 'needs.barrier' }),
    at: () => ({ stage: 'review', step: 'review.summary' }),
  }));
  await chat.say('Change something');
  expect(chat.step).toBe(Step.reviewChange);
  const need = chat.lastQuestion!.choices.find((label) => label.includes('lunch hall'))!;
  await chat.say(need);
  const edit = 'the lunch hall is too loud. and older boys at the bus stop take my money so i dont want to go to school. i want someone to help with that';
  const replies = (await chat.say(edit)).map((a) => a.text ?? '').join('\n');
  expect(replies).toContain(standard('safeguarding:reminder.noLead'));
  expect(replies).not.toContain(standard('safeguarding:samaritans'));
  expect(replies).not.toContain(standard('safeguarding:check.question'));
  expect(chat.step).toBe(Step.reviewSummary);
  const draft = (await chat.draft())!;
  // The harm itself never goes into the plan: the words beside it do.
  const needs = draft.needs.map((n) => n.text).join(' ');
  expect(needs).toMatch(/lunch hall is too loud/);
  expect(needs).toMatch(/someone to help with that/);
  expect(needs).not.toMatch(/take my money/);
  expect(draft.flags).toHaveLength(1);
});
