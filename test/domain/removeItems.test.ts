import { describe, expect, it } from 'vitest';
import { addAboutMe, addAspiration, addNeed, addNeedHelp, createDraft, idsAfterRemoval, removeItems } from '../../src/domain/draft';

/* Short answers are addressed by their place in a list: taking one out moves the names of those after it. */

function draft() {
  let d = addAboutMe(addAboutMe(addAboutMe(createDraft(), 'strengths', 'drawing'), 'strengths', 'animals'), 'strengths', 'jokes');
  const hope = addAspiration(d, 'cook', null);
  const need = addNeed(hope.draft, 'recipes are hard', [hope.aspiration.id]);
  d = addNeedHelp(addNeedHelp(addNeedHelp(need.draft, need.need.id, 'a laptop'), need.need.id, 'my mum'), need.need.id, 'pictures');
  return { d, needId: need.need.id };
}

describe('taking out answers by their place', () => {
  it('takes out exactly the items named, whatever the order', () => {
    const { d, needId } = draft();
    const after = removeItems(d, ['aboutMe/strengths/0', 'aboutMe/strengths/2', `${needId}/helps/0`, `${needId}/helps/1`]);
    expect(after.aboutMe.strengths).toEqual(['animals']);
    expect(after.needs[0]!.helps).toEqual(['pictures']);
  });

  it('moves the journey\'s notes of what each question kept with the answers after the one taken out', () => {
    const { needId } = draft();
    expect(idsAfterRemoval([`${needId}/helps/0`], [`${needId}/helps/1`, `${needId}/helps/2`, 'aboutMe/strengths/1'])).toEqual([`${needId}/helps/0`, `${needId}/helps/1`, 'aboutMe/strengths/1']);
    expect(idsAfterRemoval([needId], [`${needId}/helps/1`, needId, 'other'])).toEqual(['other']);
  });
});
