import { describe, expect, it } from 'vitest';
import { takeBackFlag } from '../../src/domain/commentOperations';
import {
  addAboutMe,
  addAspiration,
  addComment,
  addFlag,
  addNeed,
  addNeedHelp,
  addProvision,
  createDraft,
  draftSchema,
  DraftItemNotFoundError,
  removeItem,
  replaceItemText,
  resolveComment,
  setAspirationTheme,
  setConsent,
  setKeyWorker,
  setStatus,
  setYoungPerson,
  startOutcome,
  touch,
  updateOutcome,
  type Draft,
} from '../../src/domain/draft';
import { THEMES } from '../../src/domain/vocabulary';
import { buildDraft, NOW } from './fixtures';

const full = () => buildDraft(THEMES, { flag: true });

describe('createDraft', () => {
  it('starts empty, with nothing assumed but who is answering', () => {
    const draft = createDraft({ id: 'abc', now: NOW });
    expect(draft).toMatchObject({
      schema: 'outcomes-draft/1',
      id: 'abc',
      status: 'in_progress',
      createdAt: NOW.toISOString(),
      youngPerson: { who: 'self', readingMode: 'standard', consent: { given: false } },
      aspirations: [],
      flags: [],
    });
    expect(draft.youngPerson).not.toHaveProperty('age');
    expect(draftSchema.parse(draft)).toEqual(draft);
  });

  it('gives every new draft its own id', () => {
    expect(createDraft().id).not.toBe(createDraft().id);
  });
});

describe('operations keep earlier answers', () => {
  it('adds without changing the draft passed in', () => {
    const before = full();
    const snapshot = structuredClone(before);
    addAspiration(before, 'Live in my own flat', 'independent_living');
    addAboutMe(before, 'strengths', 'Kind');
    setYoungPerson(before, { name: 'Alex' });
    expect(before).toEqual(snapshot);
  });

  it('each addition keeps every earlier answer', () => {
    const before = full();
    const { draft, aspiration } = addAspiration(before, 'Work with horses', 'learning_and_work');
    expect(draft.aspirations.slice(0, -1)).toEqual(before.aspirations);
    expect(draft.aspirations.at(-1)).toEqual({ id: aspiration.id, text: 'Work with horses', theme: 'learning_and_work' });
    expect(draft.outcomes).toEqual(before.outcomes);
    expect(draft.needs).toEqual(before.needs);
    expect(draft.aboutMe).toEqual(before.aboutMe);

    const withHelp = addNeedHelp(draft, before.needs[0]!.id, 'My mum reminds me');
    expect(withHelp.needs[0]!.helps).toEqual(['A quiet room helps', 'My mum reminds me']);
  });

  it('stores the person\'s words trimmed and refuses empty answers', () => {
    const draft = addAboutMe(createDraft(), 'important', '  my nan  ');
    expect(draft.aboutMe.important).toEqual(['my nan']);
    expect(() => addAboutMe(draft, 'important', '   ')).toThrow(RangeError);
  });

  it('an outcome takes its aspiration\'s theme unless told otherwise', () => {
    const hope = addAspiration(createDraft(), 'Make friends at college', 'friends_and_community');
    const { outcome } = startOutcome(hope.draft, { statement: 'I will join a club', aspirationId: hope.aspiration.id });
    expect(outcome).toMatchObject({ theme: 'friends_and_community', timeframe: null, doesForMe: null, confirmed: false, needIds: [] });
  });

  it('refuses to attach an answer to something that is not there, so it is never silently lost', () => {
    const draft = full();
    expect(() => addNeed(draft, 'Reading is hard', ['missing'])).toThrow(DraftItemNotFoundError);
    expect(() => addNeedHelp(draft, 'missing', 'x')).toThrow(DraftItemNotFoundError);
    expect(() => addProvision(draft, 'missing', 'x', 'health')).toThrow(DraftItemNotFoundError);
    expect(() => updateOutcome(draft, 'missing', { confirmed: true })).toThrow(DraftItemNotFoundError);
    expect(() => replaceItemText(draft, 'missing', 'x')).toThrow(DraftItemNotFoundError);
    expect(() => replaceItemText(draft, 'aboutMe/strengths/9', 'x')).toThrow(DraftItemNotFoundError);
  });

  it('updateOutcome changes only what it is given', () => {
    const draft = full();
    const target = draft.outcomes[1]!;
    const next = updateOutcome(draft, target.id, { measure: 'I will show my tutor' });
    expect(next.outcomes[1]).toEqual({ ...target, measure: 'I will show my tutor' });
    expect(next.outcomes[0]).toEqual(draft.outcomes[0]);
  });
});

describe('removeItem and replaceItemText', () => {
  it('removing an aspiration unlinks it from needs and outcomes but keeps them', () => {
    const draft = full();
    const aspirationId = draft.aspirations[0]!.id;
    const next = removeItem(draft, aspirationId);
    expect(next.aspirations).toHaveLength(3);
    expect(next.needs).toHaveLength(4);
    expect(next.needs[0]!.aspirationIds).toEqual([]);
    expect(next.outcomes).toHaveLength(4);
    expect(next.outcomes[0]!.aspirationId).toBeNull();
    expect(draftSchema.safeParse(next).success).toBe(true);
  });

  it('removes provision, answers to the three questions and about-me entries by their ids', () => {
    const draft = full();
    const outcome = draft.outcomes[0]!;
    let next = removeItem(draft, outcome.provision[0]!.id);
    expect(next.outcomes[0]!.provision).toEqual([]);
    next = removeItem(next, `${outcome.id}/measure`);
    expect(next.outcomes[0]).not.toHaveProperty('measure');
    next = removeItem(next, `${outcome.id}/when`);
    expect(next.outcomes[0]!.timeframe).toBeNull();
    next = removeItem(next, `${outcome.id}/doesForMe`);
    expect(next.outcomes[0]!.doesForMe).toBeNull();
    next = removeItem(next, 'aboutMe/strengths/0');
    expect(next.aboutMe.strengths).toEqual([]);
    expect(next.aboutMe.important).toEqual(['My dog Biscuit']);
    expect(draftSchema.safeParse(next).success).toBe(true);
  });

  it('removing something already gone changes nothing', () => {
    const draft = full();
    expect(removeItem(draft, 'no-such-id')).toEqual(draft);
  });

  it('rewording keeps the links', () => {
    const draft = full();
    const need = draft.needs[2]!;
    const next = replaceItemText(draft, need.id, 'Busy places are too loud');
    expect(next.needs[2]).toEqual({ ...need, text: 'Busy places are too loud' });
    const outcome = draft.outcomes[3]!;
    const reworded = replaceItemText(next, outcome.id, 'By July 2026 I will swim 10 lengths');
    expect(reworded.outcomes[3]).toEqual({ ...outcome, statement: 'By July 2026 I will swim 10 lengths' });
    const help = replaceItemText(reworded, `${need.id}/helps/0`, 'Ear defenders help');
    expect(help.needs[2]!.helps).toEqual(['Ear defenders help']);
    const provision = replaceItemText(help, outcome.provision[0]!.id, 'Swimming lessons');
    expect(provision.outcomes[3]!.provision[0]).toMatchObject({ text: 'Swimming lessons', by: 'social_care' });
  });

  it('will not reword a timeframe without a new date', () => {
    const draft = full();
    expect(() => replaceItemText(draft, `${draft.outcomes[0]!.id}/when`, 'by Christmas')).toThrow(RangeError);
  });
});

describe('safeguarding flags', () => {
  it('are recorded with the step they interrupted', () => {
    const draft = addFlag(createDraft(), { category: 'self_harm', at: NOW, step: 'needs.barrier' });
    expect(draft.flags).toEqual([{ kind: 'safeguarding', category: 'self_harm', at: NOW.toISOString(), step: 'needs.barrier' }]);
  });

  it('taken back by the young person, are kept and marked so, only the latest at that step', () => {
    const twice = addFlag(addFlag(createDraft(), { category: 'other', at: NOW, step: 'aboutMe.safe' }), { category: 'bullying', at: NOW, step: 'hopes.dream' });
    const later = new Date(NOW.getTime() + 60_000);
    const taken = takeBackFlag(twice, 'aboutMe.safe', later);
    expect(taken.flags).toHaveLength(2);
    expect(taken.flags[0]).toMatchObject({ category: 'other', takenBackAt: later.toISOString() });
    expect(taken.flags[1]?.takenBackAt).toBeUndefined();
    expect(draftSchema.parse(taken).flags[0]?.takenBackAt).toBe(later.toISOString());
    expect(takeBackFlag(taken, 'aboutMe.safe', later)).toBe(taken);
  });

  it('survive every operation', () => {
    const draft = full();
    const flags = draft.flags;
    expect(flags).toHaveLength(1);
    const o = draft.outcomes[0]!;
    const changes: ((d: Draft) => Draft)[] = [
      (d) => touch(d, NOW),
      (d) => setStatus(d, 'submitted'),
      (d) => setYoungPerson(d, { readingMode: 'easy_read', name: 'Sammy' }),
      (d) => setConsent(d, false, NOW),
      (d) => setKeyWorker(d, { shared: true, invitationCode: 'ABC' }),
      (d) => addAboutMe(d, 'support', 'Pictures help'),
      (d) => addAspiration(d, 'Drive a car', 'independent_living').draft,
      (d) => setAspirationTheme(d, d.aspirations[0]!.id, null),
      (d) => addNeed(d, 'Money is confusing', []).draft,
      (d) => addNeedHelp(d, d.needs[0]!.id, 'Calculator'),
      (d) => startOutcome(d, { statement: 'I will buy my lunch', aspirationId: d.aspirations[0]!.id }).draft,
      (d) => updateOutcome(d, o.id, { confirmed: false }),
      (d) => addProvision(d, o.id, 'Speech and language therapy', 'health').draft,
      (d) => replaceItemText(d, o.id, 'I will take the bus'),
      (d) => addComment(d, { itemId: o.id, text: 'Which bus?', by: 'kw-1', at: NOW }).draft,
      (d) => resolveComment(d, d.comments[0]!.id),
      ...[...draft.aspirations, ...draft.needs, ...draft.outcomes].map((item) => (d: Draft) => removeItem(d, item.id)),
      (d) => removeItem(d, 'aboutMe/strengths/0'),
    ];
    let current = draft;
    for (const change of changes) {
      current = change(current);
      expect(current.flags).toEqual(flags);
    }
    expect(current.outcomes).toHaveLength(1);
    expect(draftSchema.safeParse(current).success).toBe(true);
  });
});

describe('comments', () => {
  it('are added open and can be resolved', () => {
    const { draft, comment } = addComment(full(), { text: 'Lovely ideas', by: 'kw-1', at: NOW });
    expect(comment).toMatchObject({ text: 'Lovely ideas', resolved: false });
    expect(comment).not.toHaveProperty('itemId');
    expect(resolveComment(draft, comment.id).comments[0]!.resolved).toBe(true);
  });
});
