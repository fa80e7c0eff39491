import { describe, expect, it } from 'vitest';
import { createDraft, setYoungPerson, type Draft } from '../../src/domain/draft';
import type { DraftVersion } from '../../src/storage';
import { contributors } from '../../src/review/exportRoutes';
import { historyGroups } from '../../src/review/pages/draftPage';

/*
 * The key worker's copy says who took part: the young person and the one who helped them chat
 * ("Jo (support worker)"), when the chat said so. The review site's history never calls a
 * supporter's or a parent's words the young person's.
 */
const now = new Date('2026-12-02T09:00:00Z');
const draftOf = (patch: Parameters<typeof setYoungPerson>[1]): Draft => setYoungPerson(createDraft({ id: 'd1', now, who: patch.who ?? 'self' }), { name: 'Sam', ...patch });
const version = { version: 1, at: now.toISOString(), author: 'young_person', summary: 'hope added' } as unknown as DraftVersion;

describe('who contributed', () => {
  it('the young person and Jo, the support worker who helped them chat', () =>
    expect(contributors(draftOf({ who: 'helper', chatHelper: { role: 'support worker', name: 'Jo' } }), 'Ann Key')).toEqual(['Sam', 'Jo (support worker)', 'Ann Key (key worker)']));
  it('a helper with no name given is named by role', () =>
    expect(contributors(draftOf({ who: 'helper', chatHelper: { role: 'mum' } }), 'Ann Key')).toEqual(['Sam', 'Their mum', 'Ann Key (key worker)']));
  it('leave alone: the young person on their own', () => expect(contributors(draftOf({ who: 'self' }), 'Ann Key')).toEqual(['Sam', 'Ann Key (key worker)']));
  it('leave alone: a parent chatting', () => expect(contributors(draftOf({ who: 'parent_carer' }), 'Ann Key')).toEqual(['A parent or carer of Sam', 'Ann Key (key worker)']));
  it('a supporter chatting for them', () => expect(contributors(draftOf({ who: 'supporter' }), 'Ann Key')).toEqual(['A supporter of Sam', 'Ann Key (key worker)']));
});

describe('the history names who wrote', () => {
  it.each([
    ['supporter', 'A supporter of Sam'],
    ['parent_carer', 'Sam (parent or carer)'],
    ['helper', 'Sam (young person, with someone helping)'],
    ['self', 'Sam (young person)'],
  ] as const)('%s: %s', (who, label) => expect(historyGroups([version], draftOf({ who }))[0]!.who).toBe(label));
  it('a named helper is named', () =>
    expect(historyGroups([version], draftOf({ who: 'helper', chatHelper: { role: 'support worker', name: 'Jo' } }))[0]!.who).toBe('Sam (young person, with Jo (support worker))'));
});
