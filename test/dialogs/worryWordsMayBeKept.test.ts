import { describe, expect, it } from 'vitest';
import { followUpAnswered } from '../../dialogs/safeguardingWorries';
import { SafeguardingText } from '../../dialogs/safeguardingText';
import { planWordsOf } from '../../dialogs/worryWordsInPlan';
import { addAspiration, addNeed, createDraft, type Draft } from '../../src/domain/draft';
import { addFlag } from '../../src/domain/commentOperations';
import { createWords } from '../../src/i18n';

/*
 * Robbie (16) told of home at "what makes it hard?" and the bot kept his words as a hard thing.
 * Asked who sees it, he must never hear "you can show the copy to anyone".
 */

const words = createWords();
const standard = words.forMode('standard' as const);
const easy = words.forMode('easy_read' as const);

function robbie(hard: string, step: string): Draft {
  const hope = addAspiration(createDraft(), 'I want to get a job in a garage', 'learning_and_work');
  const kept = addNeed(hope.draft, hard, [hope.aspiration.id]).draft;
  return addFlag(kept, { category: 'neglect', at: new Date('2026-12-02T19:00:00Z'), step });
}

const answerTo = (typed: string, draft: Draft, lead = false) => {
  const answer = followUpAnswered(typed, { lead, parent: false, ...planWordsOf(draft, standard) });
  return answer ? standard(answer.key, answer.vars) : '';
};

describe('who sees it, when words of a worry may be kept in the plan', () => {
  it.each([
    ['its loud at night. mum drinks and has the telly up loud', 'who sees this'],
    ['i just have crisps', 'will my mum see it'],
    ['i just have crisps', 'who will see the bit about my mum'],
    ['i cant sleep its too loud', 'who reads my plan'],
    ['i just have crisps', 'who sees my plan'],
  ])('"%s" kept at the hard things: "%s" never says the copy is for anyone', (hard, typed) => {
    const said = answerTo(typed, robbie(hard, 'needs.barrier'));
    expect(said).not.toMatch(/show it to anyone/);
    // Words now read as part of the worry itself ("mum drinks") are named plainly as in the plan; others may be.
    expect(said).toMatch(/your plan may hold some of what you told me|some of what you told me is in the plan/i);
  });

  it('with a safeguarding lead too', () => {
    const said = answerTo('who sees this', robbie('i just have crisps', 'needs.barrier'), true);
    expect(said).toContain(standard(SafeguardingText.whoSeesLeadMayHold));
  });

  it('a note at "do you feel safe?" with nothing kept there still says the copy leaves the note out', () => {
    const said = answerTo('who sees this', robbie('i find reading hard', 'aboutMe.safe'));
    expect(said).toMatch(/show it to anyone/);
  });

  it('easy read says it in short sentences', () => {
    const sentence = easy(SafeguardingText.whoSeesNoLeadMayHold);
    expect(sentence).toMatch(/But your plan may hold some of what you told me\. You can take it out at the review\./);
    expect(sentence).not.toMatch(/show it to anyone/);
  });
});
