import { foldCase } from './text';

/*
 * "her anxiety is so bad she hasnt been in school since october": two needs in one sentence. The
 * anxiety is a health need (Section C); being out of school is a need of its own, getting back into
 * school (Section B), so the help said for it is kept beside it. Both are cut from the person's own
 * words, never written for them. Only anxiety, panic or mental health named as such is cut off: a
 * worry about school ("she gets worried about maths") stays one school need.
 */

/** Anxiety, panic or mental health, named as such. */
const MENTAL_HEALTH = /\b(?:anxi\w*|panic\w*|mental\s+health|depress\w*|school\s+phobi\w*)\b/i;

const WHO = String.raw`(?:i|he|she|they|we|[a-z]+)`;
const SCHOOL = String.raw`(?:school|college|class|lessons?|nursery)`;
/** Not in school now: "she hasnt been in school since october", "he cant go to school", "he's out of school". */
const NOT_IN_SCHOOL = new RegExp(
  String.raw`\b${WHO}\s+(?:(?:has|have|had)\s*n'?t|hasnt|havent|hadnt|has\s+not|have\s+not|(?:has|have)\s+not|(?:has|have)\s+never)\s+(?:been|gone|went)\s+(?:(?:in|into|to|back\s+to|back\s+in)\s+)?${SCHOOL}` +
    String.raw`|\b${WHO}\s+(?:can'?t|cannot|won'?t|wont|doesn'?t|doesnt|don'?t|dont|couldn'?t|couldnt|is\s+not\s+able\s+to|isnt\s+able\s+to|refuses?\s+to|stopped)\s+(?:go(?:ing)?|get(?:ting)?|attend(?:ing)?)\s+(?:(?:in|into|to|back\s+to)\s+)?${SCHOOL}` +
    String.raw`|\b${WHO}\s+(?:is|s|'s|am|'m|are|has\s+been|have\s+been|been)\s+(?:\w+\s+)?(?:out\s+of|off)\s+${SCHOOL}` +
    String.raw`|\b${WHO}\s+(?:is|s|'s|am|are)\s+not\s+(?:going|attending)\s+(?:to\s+)?${SCHOOL}` +
    String.raw`|\bschool\s+refus\w*`,
  'i',
);
/** Words that join the two halves and belong to neither. */
const JOINS = /^(?:so|that|and|which\s+means|because(?:\s+of)?|cos|cause|due\s+to|from|with)\s+/i;
const JOINS_AT_END = /\s+(?:so|that|and|(?:which\s+)?means|because(?:\s+of)?|cos|cause|due\s+to)$/i;

function tidy(part: string): string {
  return part.replace(/^[\s,;.-]+|[\s,;.-]+$/g, '').replace(JOINS, '').replace(JOINS_AT_END, '').replace(/[\s,;.]+$/, '').trim();
}

/**
 * The anxiety and the time out of school said in one sentence, cut into the two needs (the feeling
 * first), or null when the sentence does not say both, or says them in one clause.
 */
export function anxietyAndTimeOutOfSchool(text: string): [string, string] | null {
  const said = foldCase(text).replace(/[\u2018\u2019]/g, "'");
  if (!MENTAL_HEALTH.test(said)) return null;
  const out = NOT_IN_SCHOOL.exec(said);
  if (!out) return null;
  const before = text.slice(0, out.index);
  const from = text.slice(out.index);
  // "she hasnt been to school since october because of her anxiety": the feeling said after.
  const cause = /\s*(?:,\s*)?\b(?:because|cos|cause|due\s+to|from|with)\b/i.exec(from);
  const [feeling, absence] = MENTAL_HEALTH.test(foldCase(before)) ? [before, from] : cause && MENTAL_HEALTH.test(foldCase(from.slice(cause.index))) ? [from.slice(cause.index), from.slice(0, cause.index)] : [null, null];
  if (!feeling || !absence) return null;
  const parts: [string, string] = [tidy(feeling), tidy(absence)];
  return parts.every((p) => p.split(/\s+/).length >= 2) ? parts : null;
}
