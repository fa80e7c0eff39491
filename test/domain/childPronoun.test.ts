import { describe, expect, it } from 'vitest';
import { addAspiration, addNeed, createDraft, setYoungPerson, type Draft } from '../../src/domain/draft';
import { childPronoun } from '../../src/domain/childPronoun';

const now = new Date('2026-12-02T09:00:00Z');
function withWords(who: 'self' | 'parent_carer', hope: string, need: string, pronoun?: 'he' | 'she'): Draft {
  let draft = setYoungPerson(createDraft({ id: 'd1', now, who }), { name: 'Amira', ...(pronoun ? { pronoun } : {}) });
  const added = addAspiration(draft, hope, 'friends_and_community');
  draft = addNeed(added.draft, need, [added.aspiration.id]).draft;
  return draft;
}

describe("the child's pronoun as the parent uses it", () => {
  it('"she" only in the parent\'s words: she', () => expect(childPronoun(withWords('parent_carer', 'she wants to swim', 'her legs get tired'))).toBe('she'));
  it('"he" only: he', () => expect(childPronoun(withWords('parent_carer', 'he wants to swim', 'loud places'))).toBe('he'));
  it('both: not guessed', () => expect(childPronoun(withWords('parent_carer', 'swim with her brother', 'he goes too fast'))).toBeUndefined());
  it('neither: not guessed', () => expect(childPronoun(withWords('parent_carer', 'swim', 'loud places'))).toBeUndefined());
  it('the pronoun they told us wins over their words', () => expect(childPronoun(withWords('parent_carer', 'she wants to swim', 'loud places', 'he'))).toBe('he'));
  it('a young person chatting: none, so read-backs say "I" and "you"', () => expect(childPronoun(withWords('self', 'my sister says she will help', 'loud places'))).toBeUndefined());
});
