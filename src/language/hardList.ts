import { foldCase } from './text';

/*
 * "reading and loud places", "noise, crowds and changes": hard things named as a list, with no one
 * doing anything. Said where a hope was asked for, this is what makes life hard, not a hope. A
 * list of skills alone ("reading and maths") may be a hope to get better at them, so at least one
 * thing must be hard in itself (noise, crowds, change, sleep, temper).
 */

/** Skills and school things: hard for many, and a hope for some. */
const SKILL =
  /^(?:(?:his|her|their|my|the)\s+)?(?:reading|writing|spelling|maths|math|numbers|handwriting|homework|exams?|tests?|concentrating|concentration|focus(?:ing)?|listening|talking|speech|speaking|words|counting|phonics|lessons?|school\s*work|remembering|memory|instructions)$/;
/** Things hard in themselves: the senses, change, feelings, the body. */
const HARD_IN_ITSELF =
  /^(?:(?:his|her|their|my|the|all\s+the|too\s+much|big|new|sudden|busy|loud|bright|crowded|noisy)\s+)*(?:loud\s+(?:places|noises?|sounds|rooms|classrooms?|people)|noisy\s+(?:places|rooms|classrooms?)|noise|noises|crowds?|crowded\s+places|busy\s+places|bright\s+lights|lights|smells|changes?|transitions?|new\s+(?:places|people|things|situations)|strangers|queues|queuing|waiting|being\s+rushed|unexpected\s+(?:things|changes)|sleep|sleeping|bedtime|tiredness|pain|anxiety|worries|worrying|nerves|temper|tantrums|meltdowns|anger|outbursts|toileting|eating|food|the\s+bus|buses|travel(?:ling)?|dinner\s*times?|lunch\s*times?|break\s*times?|the\s+playground|playtimes?|assemblies|assembly|the\s+canteen|the\s+dinner\s+hall|corridors)$/;

/** One thing in the list: hard in itself, or a skill. */
function kindOf(item: string): 'hard' | 'skill' | null {
  const said = foldCase(item).replace(/[\u2018\u2019']/g, '').replace(/[^a-z\s]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (HARD_IN_ITSELF.test(said)) return 'hard';
  if (SKILL.test(said)) return 'skill';
  return null;
}

/** Whether this one thing ("loud places", "reading") is a hard thing when said as a need. */
export function namesAHardTopic(item: string): boolean {
  return kindOf(item.replace(/^(?:and|also|plus|or)\s+/i, '')) !== null;
}

/** The message only names hard things, as a list without a verb, and one of them is hard in itself. */
export function namesHardThingsOnly(text: string): boolean {
  if (text.length > 120) return false;
  const items = text.trim().replace(/[.!]+$/, '').split(/\s*(?:[,;&+\/]\s*(?:and\s+|or\s+)?|\s+(?:and|or|plus)\s+(?:also\s+)?)\s*/i).filter((p) => /[a-z]/i.test(p));
  if (items.length === 0) return false;
  const kinds = items.map(kindOf);
  return kinds.every((k) => k !== null) && kinds.includes('hard');
}
