/*
 * For an adult who has left education most hard things are everyday life's (Section D). Two kinds
 * are not: learning a job or a skill for it (working a till, reading or counting with nothing of
 * home life in it: "i cant read the plant labels") is learning, Section B; and fear of places or
 * people with nothing to do ("i get scared in new places") is a feeling, health's (Section C).
 * Reading a recipe, counting change in a shop or being scared on the bus stay everyday life.
 */

/** A skill of a job being learnt: the till, the checkout, work experience, learning the job. */
const JOB_SKILL =
  /\b(?:tills?|checkouts?|cash\s+registers?|card\s+machines?|price\s+(?:labels?|tags?|guns?)|stock\s*(?:taking|checks?)|work\s+experience|(?:learn\w*|pick\w*\s+up|train\w*\s+(?:for|in))\s+(?:the|my|a|this|new)\s+(?:job|role|tasks?|skills?))\b/i;
/** Reading, writing, counting and sums said as such. */
const LITERACY = /\b(?:read\w*|writ\w*|spell\w*|count\w*|maths?|sums|numbers?|add(?:ing)?\s+up|times\s+tables?)\b/i;
/** Home life, money and getting about: what reading or counting is for when it is everyday life's. */
const EVERYDAY =
  /\b(?:recipes?|cook\w*|oven|meals?|food|letters?|post|council|bills?|rent|benefits?|appointments?|forms?|money|change|shop\w*|supermarket|budget\w*|bank\w*|pay\w*|bus\w*|trains?|timetables?|travel\w*|home|house|flat|medicine|tablets|labels?\s+on\s+(?:food|medicine|tablets))\b/i;

/** Learning a job, or reading and counting with nothing of home life: Section B, also for an adult. */
export function learnsForAJob(t: string): boolean {
  return JOB_SKILL.test(t) || (LITERACY.test(t) && !EVERYDAY.test(t));
}

/** Feelings of fear or worry. */
const FEAR = /\b(?:scared|afraid|frightened|fear\w*|nervous|worr\w*|anxi\w*|panic\w*|overwhelm\w*|freak\w*\s+out)\b/i;
/** Only a place or people named beside it: "in new places", "around people i dont know", "in crowds". */
const ONLY_PLACES = /\b(?:new|busy|strange|big|unfamiliar|different)\s+(?:places?|people|rooms?)|crowds?|crowded|people\s+i\s+(?:dont|don't|do\s+not)\s+know|strangers|places\s+i\s+(?:dont|don't|do\s+not)\s+know\b/i;
const DOING = /\b(?:bus\w*|trains?|travel\w*|shop\w*|cook\w*|money|on\s+my\s+own|alone|out\s+of\s+the\s+house|go(?:ing)?\s+out|home|flat|house|work|job|till)\b/i;

/** "i get scared in new places": fear of places or people, with nothing to be done there named. */
export function fearOfPlaces(t: string): boolean {
  return FEAR.test(t) && ONLY_PLACES.test(t) && !DOING.test(t);
}

/**
 * What a condition does to the person day to day, after a brain injury, a stroke or with a long-term
 * illness, named as such: memory ("i forget things on the hob", "my memory is bad"), fatigue ("i get
 * wiped out by dinner time") and temper ("i lose my temper over nothing"). A health need (Section C)
 * for an adult, whatever everyday task it is met in; the key worker confirms. A task said to be hard
 * ("remembering appointments", "i forget to brush my teeth", "i get angry with the staff") stays
 * everyday life's.
 */
const CONDITION_EFFECT =
  /\b(?:brain\s+injury|head\s+injury|stroke|memory|(?:forget|forgets|forgetting|forgot)\s+(?:things|stuff|everything|loads|a\s+lot|lots)|(?:cant|can't|cannot|dont|don't|never)\s+remember\s+(?:things|stuff|anything|much)|tired\w*|exhaust\w*|fatigue\w*|no\s+energy|worn\s+out|wiped\s+out|knackered|shattered|temper|short\s+fuse|snap\w*\s+at|irritab\w*)\b/i;

/** A day-to-day effect of a condition named: memory, fatigue, temper, muddle (see CONDITION_EFFECT). */
export function saysConditionEffect(t: string): boolean {
  return CONDITION_EFFECT.test(t);
}
