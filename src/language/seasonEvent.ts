/*
 * A season, festival or holiday word that describes the noun after it ("the summer concert", "the
 * christmas play", "the easter fair", "the half term club") names an event, not a time. Only when the
 * event is led by "by", "before", "until", "in time for" or "after" is the event itself the time ("by the
 * summer concert", "after summer camp" is the summer); said with "at" or "in" it is where the step happens,
 * and the time is asked for instead. "work" followed by "on" or "with" is something to do, not an event
 * ("at christmas work on his reading" keeps "at christmas").
 */

/** Words a season or festival names when it is said before them: events, and things of that time. */
const EVENT_NOUN =
  '(?:concerts?|gigs?|shows?|plays?|productions?|musicals?|pantos?|pantomimes?|performances?|recitals?|fairs?|fetes?|fayres?|markets?|discos?|dances?|balls?|proms?|parties|party|festivals?|carnivals?|clubs?|camps?|schemes?|courses?|workshops?|trips?|residentials?|outings?|assembl(?:y|ies)|services?|jumpers?|dinners?|lunch(?:es)?|meals?|menus?|cards?|presents?|gifts?|sales?|bazaars?|tournaments?|matches|match|fixtures?|leagues?|competitions?|contests?|exhibitions?|displays?|events?|activities|activity|programmes?|programs?|jobs?|work(?!\\s+(?:on|with|through|hard|at|towards|to|out|harder|more)\\b)|placements?|sports?|games|galas?|choir|band|orchestra|rehearsals?|auditions?|showcases?|talent\\s+shows?|sports\\s+days?|open\\s+days?)';

/** The word a time phrase ends on is a season, festival or holiday. */
const SEASON_LAST =
  /\b(?:spring|summer|summa|sumer|autumn|fall|winter|christmas|xmas|x-mas|chrismas|christmass|crimbo|chrimbo|easter|eastr|half[\s-]?term|halloween|bonfire\s+night|diwali|eid|ramadan|new\s+year)\s*$/;

const EVENT_AFTER = new RegExp(`^\\s+(?:time\\s+)?${EVENT_NOUN}\\b`);
const EVENT_IS_THE_TIME = /^(?:by|b4|before|befor|bfore|until|untill|till|til|in\s+time\s+for|ready\s+for|after|afta|once)\b/;

/**
 * Whether the time phrase at [start, end) of the lower-cased text is a season naming an event:
 * 'not-a-time' when it is said at or in the event, the end of the phrase with the event's noun when
 * the event is the time ("by the summer concert"), or null when the phrase is a time as it stands.
 */
export function namesAnEvent(lower: string, start: number, end: number): 'not-a-time' | number | null {
  const phrase = lower.slice(start, end);
  if (!SEASON_LAST.test(phrase)) return null;
  const after = EVENT_AFTER.exec(lower.slice(end));
  if (!after) return null;
  return EVENT_IS_THE_TIME.test(phrase.trim()) ? end + after[0].length : 'not-a-time';
}
