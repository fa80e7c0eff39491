import type { PlanPart } from './analyseStatement';
import { foldCase } from './text';
import { saysHearingAccess } from './hearingAccess';

/*
 * Which area of need the words are about, for the label people see beside a need. Inside
 * education (Section B) these are the four areas of special educational need in the SEND Code of
 * Practice: communication and interaction, cognition and learning, social emotional and mental
 * health, sensory and/or physical. A health need is health, a social care need care and support.
 * Worked out from the words and the section each time, so a section the key worker changes
 * changes the label too.
 */

export const NEED_AREAS = ['communication', 'learning', 'feelings', 'senses_body', 'health', 'social_care'] as const;
export type NeedArea = (typeof NEED_AREAS)[number];

/**
 * Words said, not read: "he has no words", "his first words", "finding the right words", "what the
 * words mean". Words on a page ("the words are too small and long", "hard words in the manual")
 * are reading, and so learning.
 */
const SPOKEN_WORDS = String.raw`(?:(?:find\w*|get\w*|use\w*|using|say\w*|said|my|his|her|their|first|any|single|few|no|more|new|own)\s+(?:(?:the|right|proper|other)\s+)*words?|words?\s+out|into\s+words|what\s+(?:the\s+|some\s+)?words?\s+mean|words?\s+(?:mean|to\s+say|to\s+use))`;
/** Speech, language and being understood: "his speech", "he cant say what he wants", "she doesnt talk". */
const COMMUNICATION = new RegExp(
  String.raw`\b(?:speech|speak\w*|talk\w*|language|communicat\w*|${SPOKEN_WORDS}|say\s+what|(?:what|how)\s+to\s+say|tell\s+(?:people|us|anyone|you|me)|(?:be|being|make\s+(?:him|her|them)self)\s+understood|understand\w*\s+(?:what|people|others|instructions|questions)|sign\w*|makaton|stammer\w*|stutter\w*|non[\s-]?verbal|conversations?|express\w*)\b`,
);
/** Reading (words, letters and print on a page included), writing, number, memory, attention: thinking and learning. */
const LEARNING =
  /\b(?:read\w*|words?|letters?|text|print|font|pages?|books?|manuals?|writ\w*|spell\w*|maths?|numbers?|count\w*|homework|learn\w*|concentrat\w*|focus\w*|attention|remember\w*|memory|lessons?|school\s*work|exams?|tests?|phonics|sums|times\s+tables|handwriting)\b/;
/** Feelings, behaviour and getting on with others. */
const FEELINGS =
  /\b(?:temper|tantrums?|outbursts?|meltdowns?|anger|angry|cross|upset|worr\w*|anxi\w*|panic\w*|scared|afraid|fear\w*|nervous|sad|low|lonely|shy|calm\w*|frustrat\w*|stress\w*|overwhelm\w*|behaviou?r\w*|hit\w*|kick\w*|bit(?:e|es|ing)|shout\w*|swear\w*|fights?|fighting|friends?|friendships?|fall\w*\s+out|fell\s+out|bull\w*|confidence|self[\s-]?esteem|moods?|feelings?|emotions?|lash\w*\s+out|loses?\s+(?:his|her|their|my)\s+(?:temper|cool))\b/;
/** The senses and the body: noise, lights, crowds, moving, hearing, seeing. */
const SENSES_BODY =
  /\b(?:noise|noisy|loud|lights?|bright|smells?|sensory|touch|textures?|crowds?|crowded|busy|hearing|deaf|sight|see|eyes?|vision|walk\w*|balance|coordination|motor|grip|pencil|scissors|stairs|wheelchair|physical|body|sit\w*\s+still)\b/;

/** The area of need for the label beside a need in this section of the plan. */
export function needArea(text: string, section: PlanPart): NeedArea {
  if (section === 'health') return 'health';
  if (section === 'social_care') return 'social_care';
  const said = foldCase(text).replace(/[\u2018\u2019']/g, '');
  // "me not hear the teacher", "no interpreter": for a deaf person this is the senses, before talking.
  if (saysHearingAccess(said)) return 'senses_body';
  // Being understood comes first: "he cant say what he wants so he gets cross" is about talking.
  if (COMMUNICATION.test(said)) return 'communication';
  if (LEARNING.test(said)) return 'learning';
  if (FEELINGS.test(said)) return 'feelings';
  if (SENSES_BODY.test(said)) return 'senses_body';
  return 'learning';
}
