import { foldCase } from './text';

/*
 * A condition named by a parent or young person ("autism", "ADHD", "FASD"), and the condition said
 * as the cause of what is hard ("its the FASD", "because of his autism"). Needs are not diagnoses,
 * but the condition named is kept beside the need it explains, never cut off on its own or kept as a hope.
 */

/** Conditions, as people name them ("autism", "ADHD", "FASD"). */
export const CONDITION_NAMES = String.raw`(?:autistic|autism|fasd|f\.a\.s\.d|fo?etal\s+alcohol\s+(?:spectrum\s+disorder|syndrome)|asd|asc|adhd|add|dyslexic|dyslexia|dyspraxic|dyspraxia|dyscalculia|epilepsy|epileptic|deaf|blind|partially\s+sighted|non[\s-]?verbal|pda|ocd|tourettes?|cerebral\s+palsy|downs?(?:'s)?\s+syndrome|global\s+(?:developmental\s+)?delay|(?:a\s+)?speech\s+(?:and\s+language\s+)?delay|(?:a\s+)?(?:severe\s+|mild\s+|moderate\s+)?learning\s+(?:difficulty|difficulties|disability|disabilities)|sensory\s+(?:processing\s+)?(?:needs|issues|difficulties|disorder)|(?:really\s+|very\s+|quite\s+)?anxious|anxiety|(?:a\s+)?hearing\s+loss|(?:a\s+)?visual\s+impairment)`;
/** The condition named as the cause ("its the FASD", "because of his autism", "FASD" on its own): said with what makes things hard. */
const CONDITION_AS_CAUSE = new RegExp(String.raw`^(?:(?:and|but|also|well|um|erm)[\s,]+)*(?:(?:it'?s|it\s+is|that'?s|thats|that\s+is|(?:thats\s+|that'?s\s+|its\s+|it'?s\s+)?(?:cos|coz|cuz|because|due\s+to)(?:\s+of)?)\s+(?:all\s+)?(?:(?:the|his|her|their|my)\s+)?${CONDITION_NAMES}|(?:fasd|adhd|autism|asd|asc|pda|ocd))(?:\s+again)?$`);

/** "its the FASD", "because of his autism", "FASD": only the condition, said as the cause. */
export function namesConditionAsCause(part: string): boolean {
  return CONDITION_AS_CAUSE.test(foldCase(part).replace(/[\u2018\u2019]/g, "'").replace(/[\s.!?]+$/, '').trim());
}
