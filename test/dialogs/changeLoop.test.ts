import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addAboutMe, addComment, addProvision, setKeyWorker, setStatus, startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import { outcomePartItemId } from '../../src/domain/itemIds';
import { addProposal } from '../../src/domain/proposals';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

const words = createWords();
const standard = words.forMode('standard');
const easyRead = words.forMode('easy_read');

/** A draft with many items (more than fit on the buttons), three outcomes, and comments on outcomes 2 and 3. */
function busyDraft(draft: Draft, extra: (d: Draft, outcomes: string[]) => Draft): Draft {
  let next = draft;
  for (let i = 1; i <= 8; i += 1) next = addAboutMe(next, 'strengths', `Strength number ${i}`);
  const hope = next.aspirations[0]!;
  const ids: string[] = [];
  for (const statement of ['By July 2026 I will make a small game', 'By July 2026 I will travel to college on my own', 'By July 2026 I will cook a meal for my family']) {
    const started = startOutcome(next, { statement, aspirationId: hope.id });
    next = updateOutcome(started.draft, started.outcome.id, { confirmed: true, measure: 'My tutor will see it' });
    ids.push(started.outcome.id);
  }
  next = addProvision(next, ids[2]!, 'Cooking lessons', 'education').draft;
  next = setStatus(setKeyWorker(next, { invitationCode: 'ABCD-1234', shared: true }), 'changes_requested');
  return extra(next, ids);
}

const at = (day: number) => new Date(`2025-03-${String(day).padStart(2, '0')}T15:00:00Z`);

function seed(extra: (d: Draft, outcomes: string[]) => Draft): Seed {
  return {
    today: '2025-03-12',
    name: 'Sam',
    age: 15,
    schoolYear: 10,
    hopes: [{ text: 'I want to design computer games', theme: 'learning_and_work', needs: ['Reading long instructions is hard'] }],
    change: (d) => busyDraft(d, extra),
    at: () => ({ stage: 'review', step: 'review.done' }),
  };
}

describe('the change loop closes', () => {
  let chat: Transcript | undefined;
  afterEach(async () => {
    await chat?.close();
    chat = undefined;
  });

  it('reaches every commented item, whatever its position, shows the comments newest first and dated, and marks them answered', async () => {
    ({ chat } = await startWith(
      seed((d, [, second, third]) => {
        let next = addComment(d, { itemId: second!, text: 'Who will travel with you at first?', by: 'Ms Patel', at: at(10) }).draft;
        next = addComment(next, { itemId: outcomePartItemId(third!, 'measure'), text: 'How often will you cook?', by: 'Ms Patel', at: at(11) }).draft;
        return next;
      }),
    ));
    const replies = await chat.say('hi');
    const comments = replies.find((a) => (a.channelData as { outcomes?: { keyWorkerComments?: boolean } })?.outcomes?.keyWorkerComments);
    expect(comments?.text).toBeDefined();
    const text = comments!.text!;
    expect(text.startsWith(standard('review:comments.heading'))).toBe(true);
    // Newest first, dated, each open.
    expect(text.indexOf('How often will you cook?')).toBeLessThan(text.indexOf('Who will travel with you at first?'));
    expect(text).toContain('Open, 11 March 2025, about "My tutor will see it": How often will you cook?');
    expect(text).toContain('Open, 10 March 2025, about "By July 2026 I will travel to college on my own"');

    await chat.say('Change something');
    const choices = chat.lastQuestion!.choices;
    // Both commented items are on the buttons, first, although 8 strengths and a hope come before them.
    expect(choices[0]).toContain('By July 2026 I will travel');
    expect(choices[1]).toContain('My tutor will see it');
    await chat.say(choices[1]!);
    await chat.say('I will cook every Saturday and my mum will tick the chart');
    expect(chat.step).toBe(Step.reviewSummary);
    await chat.say('Change something');
    await chat.say(chat.lastQuestion!.choices[0]!);
    await chat.say('By July 2026 I will travel to college on my own, with my brother for the first week');

    const draft = (await chat.draft())!;
    expect(draft.outcomes[2]!.measure).toBe('I will cook every Saturday and my mum will tick the chart');
    expect(draft.outcomes[1]!.statement).toContain('with my brother');
    expect(draft.comments.every((c) => c.changedAt)).toBe(true);
    const replies2 = await chat.say('show my draft');
    const shown = replies2.find((a) => a.text?.includes(standard('review:comments.heading')));
    expect(shown?.text).toContain('Answered, 11 March 2025');
    expect(shown?.text).not.toContain('Open,');
  });

  it('asks about new words the key worker proposed: accept, change or keep, and records who wrote them', async () => {
    let provisionId = '';
    ({ chat } = await startWith(
      seed((d, [first, , third]) => {
        provisionId = d.outcomes.find((o) => o.id === third)!.provision[0]!.id;
        let next = addProposal(d, { itemId: first!, text: 'By July 2026 I will make a small game and show it to my class', by: 'Ms Patel', at: at(10) }).draft;
        next = addProposal(next, { itemId: provisionId, text: 'Cooking sessions with a teaching assistant', howOften: 'once a week', who: 'food technology TA', by: 'Ms Patel', at: at(11) }).draft;
        next = addProposal(next, { itemId: third!, text: 'I will cook a meal', by: 'Ms Patel', at: at(11) }).draft;
        return next;
      }),
    ));
    const replies = await chat.say('hi');
    expect(chat.step).toBe(Step.reviewProposal);
    const asked = replies.at(-1)!;
    expect(asked.text).toBe(
      standard('review:proposal.question', { item: 'By July 2026 I will make a small game', text: 'By July 2026 I will make a small game and show it to my class' }),
    );
    expect(chat.lastQuestion!.choices).toEqual(['Yes, use these words', 'Change them', 'No, keep my words']);

    await chat.say('yes please');
    expect(chat.step).toBe(Step.reviewProposal);
    expect(chat.lastQuestion!.activity.text).toContain('(once a week; food technology TA)');
    await chat.say('Change them');
    await chat.say('Cooking club after school with Mr Khan');
    expect(chat.step).toBe(Step.reviewProposal);
    await chat.say('no, keep my words');
    expect(chat.step).toBe(Step.reviewSummary);

    const draft = (await chat.draft())!;
    expect(draft.outcomes[0]!.statement).toBe('By July 2026 I will make a small game and show it to my class');
    expect(draft.authors?.[draft.outcomes[0]!.id]).toMatchObject({ by: 'Ms Patel', role: 'key_worker' });
    const provision = draft.outcomes[2]!.provision[0]!;
    expect(provision.text).toBe('Cooking club after school with Mr Khan');
    expect(draft.authors?.[provisionId]).toBeUndefined();
    expect(draft.outcomes[2]!.statement).toBe('By July 2026 I will cook a meal for my family');
    expect(draft.comments.map((c) => c.proposal?.answer)).toEqual(['accepted', 'changed', 'refused']);
  });

  it('speaks easy read about comments and proposals', async () => {
    ({ chat } = await startWith(
      seed((d, [first]) => addProposal(d, { itemId: first!, text: 'I will make a game', by: 'Ms Patel', at: at(10) }).draft),
    ));
    await chat.say('hi');
    await chat.say('easy read');
    const replies = await chat.say('show my draft');
    expect(replies.some((a) => a.text?.includes(`${easyRead('review:comments.heading')}\n- ${easyRead('review:comments.open')}. 10 March 2025.`))).toBe(true);
    expect(chat.lastQuestion!.activity.text).toBe(easyRead('review:proposal.question', { item: 'By July 2026 I will make a small game', text: 'I will make a game' }));
    await chat.say('yes');
    expect((await chat.draft())!.outcomes[0]!.statement).toBe('I will make a game');
  });
});
