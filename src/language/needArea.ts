import type { PlanPart } from './analyseStatement';
import { foldCase } from './text';
import { saysHearingAccess } from './hearingAccess';
import { saysLeftOut } from './leftOut';

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
/** Reading (words, letters and print on a page included), writing, number and memory: thinking and learning itself. */
const LEARNING =
  /\b(?:read\w*|words?|letters?|text|print|font|pages?|books?|manuals?|writ\w*|spell\w*|maths?|numbers?|count\w*|homework|learn\w*|remember\w*|forget\w*|forgot\w*|memory|phonics|sums|times\s+tables|handwriting|copy\w*|copies|instructions)\b/;
/** Where learning happens, named beside another need ("angry in lessons", "the noise in lessons"): learning only when nothing else is named. */
const LEARNING_PLACE = /\b(?:lessons?|school\s*work|class\s*work|group\s*work|exams?|tests?|subjects?|coursework)\b/;
/** Feelings, behaviour and getting on with others. */
const FEELINGS =
  /\b(?:temper|tantrums?|outbursts?|meltdowns?|anger|angry|cross|upset|worr\w*|anxi\w*|panic\w*|scared|afraid|fear\w*|nervous|sad|low|lonely|shy|calm\w*|frustrat\w*|stress\w*|overwhelm\w*|behaviou?r\w*|hit\w*|kick\w*|bit(?:e|es|ing)|shout\w*|swear\w*|fights?|fighting|friends?|friendships?|fall\w*\s+out|fell\s+out|bull\w*|confidence|self[\s-]?esteem|moods?|feelings?|emotions?|lash\w*\s+out|loses?\s+(?:his|her|their|my)\s+(?:temper|cool))\b/;
/**
 * Attention, focus and sitting still: the SEND Code of Practice names attention deficit and
 * hyperactivity among social, emotional and mental health needs (6.32). Attention to reading or
 * number is read as learning first.
 */
const ATTENTION =
  /\b(?:concentrat\w*|focus\w*|attention|distract\w*|sit\w*\s+still|fidget\w*|hyperactiv\w*|adhd|restless)\b/;
/** The senses and the body: noise, light, touch, smells, hearing, seeing, moving and using hands. */
const SENSES_BODY =
  /\b(?:noise|noises|noisy|loud|lights?|lighting|too\s+bright|bright\s+lights?|smells?|smelly|sensory|(?:being\s+)?touched|touch(?!\s+(?:with|base))|textures?|feel\s+of|labels?\s+in|seams?|hearing|deaf|sight|eyesight|vision|visual\s+impairment|balance|coordination|co-ordination|motor|grip|pencil|scissors|cutlery|shoelaces|laces|buttons|zips?|stairs|wheelchair|mobility|physical|walking)\b/;
/**
 * A body that tires or will not do what is asked: "his hands get tired", "he cant hold a pencil for
 * long", "she falls over a lot", "he cant run far". Physical, also beside writing or play.
 */
const BODY_LIMIT = new RegExp(
  String.raw`\b(?:(?:hands?|arms?|legs?|fingers?|wrists?|muscles?|body)\s+(?:gets?|get|are|is|go|goes|feel|feels)\s+(?:really\s+|so\s+|very\s+)?(?:tired|sore|achy|aching|stiff|weak|wobbly|shaky)|(?:cant|can\s*not|cannot|struggles?\s+to|finds?\s+it\s+hard\s+to|unable\s+to)\s+(?:(?:hold|grip|grasp)\s+(?:(?:a|an|the|his|her|my|their)\s+)?(?:pencils?|pens?|crayons?|cups?|spoons?|forks?|knife|knives|cutlery|scissors|rulers?|things|stuff|objects|toys|bags?|trays?|books?|on)|run|climb|jump|walk\s+far|(?:catch|throw|kick)\s+(?:a|the)\s+ball)\b|falls?\s+over|tires?\s+(?:easily|quickly)|(?:fine|gross)\s+motor|cerebral\s+palsy)`,
);
/** Weaker signs of the senses and the body, read after feelings: "busy corridors", "crowds". */
const SENSES_BODY_WEAK = /\b(?:crowds?|crowded|busy|see|eyes?|walk\w*|body|hands?)\b/;

/** The area of need for the label beside a need in this section of the plan; in Section B the area the person chose, if they did. */
export function needArea(text: string, section: PlanPart, chosen?: NeedArea): NeedArea {
  if (section === 'health') return 'health';
  if (section === 'social_care') return 'social_care';
  if (chosen) return chosen;
  const said = foldCase(text).replace(/[\u2018\u2019']/g, '');
  // "me not hear the teacher", "no interpreter": for a deaf person this is the senses, before talking.
  if (saysHearingAccess(said)) return 'senses_body';
  // Being understood comes first: "he cant say what he wants so he gets cross" is about talking.
  if (COMMUNICATION.test(said)) return 'communication';
  // "he gets left out at play cos he cant keep up": being left out is getting on with others, whatever its cause.
  if (saysLeftOut(said)) return 'feelings';
  // "his hands get tired when he writes": the body is the need, the writing where it shows.
  if (BODY_LIMIT.test(said)) return 'senses_body';
  // "the noise in lessons", "bright lights in class": what the senses meet is the need, wherever it is.
  if (SENSES_BODY.test(said)) return 'senses_body';
  if (LEARNING.test(said)) return 'learning';
  // "she worries about tests", "he gets angry in lessons": the feeling is the need, the lesson where it happens.
  if (FEELINGS.test(said) || ATTENTION.test(said)) return 'feelings';
  if (LEARNING_PLACE.test(said)) return 'learning';
  if (SENSES_BODY_WEAK.test(said)) return 'senses_body';
  return 'learning';
}
