import type { PlanPart } from './analyseStatement';
import { needSection, workSection, type NeedPlace } from './planPart';
import { foldCase } from './text';

/*
 * Some hard things belong where they happen: getting dressed, washing, forms. At school or college
 * they are education's (Section B); at work or on the way to a job, education's while the person is
 * in education or training and social care's after; at home, or about benefits and housing, social
 * care's (Section D). The place is read from the need's own words first, then from the words
 * beside it: a place said earlier in the same message ("at home he ..."), then the hope it is for.
 * Other needs keep the section their own words give (sleep is health's wherever it is said).
 */

/** "at school", "at home", "in class": where, said first; it tells where the hard things after it are. */
export const PLACE_LEAD = /^(?:(?:and|but|also|then)\s+)?(?:at|in)\s+(?:school|home|class|college|nursery|the\s+house|lessons?|night|bed\s*time)\b[\s,]*/i;
/** Needs whose section follows the place: the toilet, dressing and washing, forms and paperwork. */
const FOLLOWS_PLACE = /\b(?:toilet\w*|potty|nappy|nappies|dress\w*|undress\w*|clothes|get(?:ting)?\s+changed|wash\w*|shower\w*|personal\s+care|forms?|paperwork|fill\w*\s+(?:in|out))\b/i;
const SCHOOL_OR_COURSE = /\b(?:school|class(?:room)?|lessons?|pe|nursery|college|course|sixth\s+form|uni|university)\b/i;
/** A place of learning or training (an apprenticeship, an internship). */
const LEARNING = /\b(?:school|class(?:room)?|lessons?|pe|nursery|college|course|sixth\s+form|uni|university|apprenticeship|internship|traineeship|training)\b/i;
/** A job, or one to get (an interview, an application). */
const A_JOB = /\b(?:jobs?|work|career|employment|interviews?|cv)\b/i;
const HOME_OR_LIVING = /\b(?:home|house|flat|bed\s*time|bath\s*time|benefits?|housing|council|rent|bills|universal\s+credit|pip|dla)\b/i;

type Place = 'learning' | 'work' | 'home' | null;

/** Where the words beside a need say it is: only one place named counts (a course with a job in it is learning). */
function placeBeside(words: string): Place {
  const t = foldCase(words);
  const learning = LEARNING.test(t);
  const work = !learning && A_JOB.test(t);
  const home = HOME_OR_LIVING.test(t);
  if ((learning || work) === home) return null;
  return learning ? 'learning' : work ? 'work' : 'home';
}

/** The section of one need, read from its own words, then from the words beside it (nearest first). */
export function needSectionBeside(text: string, person: NeedPlace, beside: readonly string[]): PlanPart {
  const own = needSection(text, person);
  const t = foldCase(text);
  if (own === 'health' || !FOLLOWS_PLACE.test(t)) return own;
  if (SCHOOL_OR_COURSE.test(t)) return 'education';
  // A place of its own ("at work", "at home") is read by `needSection`.
  if (/\b(?:work|job|home|house|flat)\b/.test(t)) return own;
  for (const words of beside) {
    const place = placeBeside(words);
    // A job is learning's while they are in education or training, everyday life's after (see `workSection`).
    if (place) return place === 'learning' ? 'education' : place === 'work' ? workSection(person) : 'social_care';
  }
  return own;
}

/** The sections of the needs cut from one message, each read beside the place said before it and the hope. */
export function sectionsOfNeeds(parts: readonly string[], person: NeedPlace, hope: string): PlanPart[] {
  let place = '';
  return parts.map((part) => {
    place = PLACE_LEAD.exec(part.trim())?.[0] ?? place;
    return needSectionBeside(part, person, [place, hope]);
  });
}
