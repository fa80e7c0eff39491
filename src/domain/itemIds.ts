import { ABOUT_ME_SECTIONS, type AboutMeSection } from './vocabulary';

/*
 * Ids for everything a read-back shows, so "change that one" works the same for every item.
 * Aspirations, needs, outcomes and provision have their own ids. The person's short answers
 * (about me, what helps) are plain strings in the draft, and the outcome's answers to the three
 * questions are fields, so they are addressed by path: "aboutMe/strengths/0",
 * "<needId>/helps/1", "<outcomeId>/doesForMe". Generated ids never contain "/".
 */

export const OUTCOME_PARTS = ['doesForMe', 'makesPossible', 'measure', 'when'] as const;
export type OutcomePart = (typeof OUTCOME_PARTS)[number];

export type ItemRef =
  | { kind: 'aboutMe'; section: AboutMeSection; index: number }
  | { kind: 'needHelp'; needId: string; index: number }
  | { kind: 'outcomePart'; outcomeId: string; part: OutcomePart }
  | { kind: 'entity'; id: string };

export const aboutMeItemId = (section: AboutMeSection, index: number): string => `aboutMe/${section}/${index}`;
export const needHelpItemId = (needId: string, index: number): string => `${needId}/helps/${index}`;
export const outcomePartItemId = (outcomeId: string, part: OutcomePart): string => `${outcomeId}/${part}`;

function isIndex(text: string | undefined): text is string {
  return text !== undefined && /^\d+$/.test(text);
}

export function parseItemId(itemId: string): ItemRef {
  const [first, second, third, ...rest] = itemId.split('/');
  if (first === undefined || rest.length > 0) return { kind: 'entity', id: itemId };
  const aboutMeSection = ABOUT_ME_SECTIONS.find((section) => section === second);
  if (first === 'aboutMe' && aboutMeSection && isIndex(third)) {
    return { kind: 'aboutMe', section: aboutMeSection, index: Number(third) };
  }
  if (second === 'helps' && isIndex(third)) return { kind: 'needHelp', needId: first, index: Number(third) };
  const part = OUTCOME_PARTS.find((p) => p === second);
  if (part && third === undefined) return { kind: 'outcomePart', outcomeId: first, part };
  return { kind: 'entity', id: itemId };
}
