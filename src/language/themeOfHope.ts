import { themeOfStatement } from './analyseStatement';
import { namesAJob } from './jobNamed';
import type { ThemeId } from './labels';
import type { TimeContext } from './timeframe';

/** Care of one's own body (toileting, dressing, washing, sleep) is good health and wellbeing (Bristol framework). */
const BODY_CARE = /\b(?:potty|toilet\w*|nappy|nappies|dry\s+(?:at\s+night|in\s+the\s+day)|brush\w*\s+(?:my|his|her|their)\s+teeth|sleep\w*)\b/i;

/** A place or course of learning named ("hair and beauty at college", "a level 2 course"): learning and work. */
const STUDY = /\b(?:college|colij|collage|uni|university|course|apprentice\w*|qualification\w*|gcses?|a\s*levels?|btec|diploma|degree|level\s+[1-3])\b/i;
/** Getting there or living there is independence, whatever place is named ("get the bus to college on my own"). */
const TRAVEL_OR_HOME = /\b(?:bus|buses|train|travel\w*|on\s+my\s+own|by\s+(?:my|him|her)sel(?:f|ves)|independent\w*|live|living|flat|house|home)\b/i;

/**
 * Making things ("make a game about a disabled hero", "make a film about autism", "design games"):
 * work, or a hobby that may become work. What the thing is about (a disability, a hero) does not
 * make it a hope about health.
 */
const MAKING_THINGS =
  /\b(?:make|making|makes|design|designing|create|creating|build|building|code|coding|program|programming|develop|developing|write|writing|draw|drawing|animate|animating|record|recording)\s+(?:(?:a|an|my|his|her|their|own|some|the|more|video|computer|board|mobile|phone|short|little|big|new|cool|proper)\s+)*(?:games?|apps?|websites?|films?|movies?|comics?|cartoons?|animations?|books?|stories|story|music|songs?|videos?)\b/i;

/** Going out to something people share: matches, gigs, concerts, clubs, the cinema. */
const GOING_OUT =
  /\b(?:go|goes|going|went|get|gets|attend\w*|watch\w*|see|seeing)\s+(?:to\s+|at\s+)?(?:(?:the|a|an|some|more|football|rugby|cricket|basketball|live|local|youth|music|my|our)\s+)*(?:matches|match|gigs?|concerts?|clubs?|festivals?|cinema|parties|party|discos?|youth\s+club|footy|football|rugby)\b/i;
/** With friends: "with my mate dan", "with my friends", "with the lads". */
const WITH_FRIENDS = /\bwith\s+(?:my\s+|our\s+|the\s+|some\s+|new\s+)?(?:best\s+)?(?:mates?|friends?|pals?|buddies|buddy|bestie|lads|girls|team\s*mates?)\b/i;

/**
 * "go to football matches with my mate dan", "go to gigs with my friends": going out with friends
 * is friends, relationships and community (Preparing for Adulthood), whatever question it answers.
 */
export function goesOutWithFriends(text: string): boolean {
  return GOING_OUT.test(text) && WITH_FRIENDS.test(text);
}

/** Which part of life a hope is about, from the language analysis; null when it cannot tell. */
export function themeOfHope(text: string, context: TimeContext): ThemeId | null {
  if (BODY_CARE.test(text)) return 'health_and_wellbeing';
  if (goesOutWithFriends(text) && !TRAVEL_OR_HOME.test(text)) return 'friends_and_community';
  if (namesAJob(text) || MAKING_THINGS.test(text)) return 'learning_and_work';
  if (STUDY.test(text) && !TRAVEL_OR_HOME.test(text)) return 'learning_and_work';
  return themeOfStatement(text, context);
}
