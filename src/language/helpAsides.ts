import { RemarkPattern } from './remarkPatterns';
/*
 * Sentences beside the help that are not help: "and the lads at the bus stop" after "my dad drives
 * me now" names who makes it hard, not who helps; "she only gets it once a term and that's not
 * enough" says how often the help before it comes, and that it is too little. What is left is the
 * help in their words, with how often kept beside it.
 */

/** "and the lads at the bus stop", "and the older kids on the bus": a group of others at a place, no help. */
const OTHERS_AT_A_PLACE = new RegExp(RemarkPattern.othersAtAPlace, 'i');

/** "she only gets it once a term and that's not enough": how often the help comes, and whether it is enough. */
const ONLY_GETS_IT = new RegExp(RemarkPattern.onlyGetsIt, 'i');

const HOW_OFTEN = new RegExp(RemarkPattern.howOften, 'i');

/**
 * "helps a bit", "it kinda helps", "works ok i guess": how well the help before it works, said of it.
 * A remark about the help, never a help of its own. ("doesnt help" is left to be read as it is.)
 */
const HOW_WELL_IT_HELPS =
  /^(?:(?:and|but|so|tbh|honestly|i\s+guess|i\s+think|lol|it|that|they|those|both|which|thats|that's|it's|its|they're|theyre)\s+)*(?:(?:kinda|kind\s+of|sort\s+of|sorta|really|quite|actually|defo|definitely|mostly|sometimes|usually|does|do)\s+)*(?:helps?|helped|works?|worked|is\s+(?:ok|okay|fine|good|useful|helpful)|are\s+(?:ok|okay|fine|good|useful|helpful)|ok|okay|useful|helpful|good)(?:\s+(?:ok|okay|fine|well|great|a\s+bit|a\s+little|a\s+lot|loads|lots|quite\s+a\s+bit|somewhat|sometimes|mostly|tho|though|i\s+guess|i\s+think|tbh|lol|really|i\s+suppose))*$/i;

function sentencesOf(text: string): string[] {
  return (text.match(/[^.!?;\n]+[.!?;\n]*/g) ?? [text]).map((s) => s.trim()).filter(Boolean);
}

const bare = (sentence: string) => sentence.replace(/[.!?;\s]+$/, '').trim();

/** The help said, without the sentences beside it that are no help; unchanged when nothing is taken off. */
export function withoutHelpAsides(text: string): string {
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return text;
  const kept: string[] = [];
  for (const sentence of sentences) {
    const said = bare(sentence);
    if (kept.length > 0 && OTHERS_AT_A_PLACE.test(said)) continue;
    // "i get 25% extra time and a laptop in exams. helps a bit": how well it works, not another help.
    if (kept.length > 0 && HOW_WELL_IT_HELPS.test(said)) continue;
    const often = kept.length > 0 ? ONLY_GETS_IT.exec(said) : null;
    if (often && HOW_OFTEN.test(often[1]!)) {
      const last = bare(kept.pop()!);
      kept.push(`${last}, ${often[1]!.trim()}${often[2] ? ' (not enough)' : ''}`);
      continue;
    }
    kept.push(sentence);
  }
  // "my dad drives me now": the help as it is, without "now" at the end of the last piece.
  const help = kept.join(' ').trim();
  return help === text.trim() ? text : bare(help).replace(/\s+now$/i, '');
}
