import { isSupportOnly } from './support';
import { SOMEONE, SUPPORT_HEAD } from './supportWords';
import { foldCase } from './text';

/*
 * A step or hope said with the support it depends on: "I will pass my maths if I have a tutor",
 * "if she has her reading pen she can do the test on her own". What they will do is still theirs;
 * the condition names provision, kept beside it. Whether the step itself says anything (not "he
 * would be ok", "that would help") is for the coaching to judge.
 */

export interface SupportCondition {
  /** What the person will do, in their words, without the condition. */
  main: string;
  /** The support the condition names, in their words. */
  support: string;
}

const SUPPORT_NEAR = new RegExp(`\\b(?:${SUPPORT_HEAD}|${SOMEONE})\\b`, 'i');
const WHO = "(?:i|he|she|they|we|i'm|im)";
const HAVING = '(?:only\\s+)?(?:have|has|had|get|gets|got|sees?|saw|could\\s+have|can\\s+have|am\\s+given|is\\s+given|was\\s+given|were\\s+given|'
  + "(?:have|has|had)\\s+got|(?:am|is|are|'m)\\s+(?:given|getting|allowed(?!\\s+to\\s+use\\b))"
  // "if i can use the ipad in all my lessons": using a thing given is the help, kept with its verb.
  + "|(?:can|could|may|(?:am|is|are|'m)\\s+allowed\\s+to|get\\s+to)\\s+(?=use\\b))";
const IF = '(?:if|as\\s+long\\s+as|so\\s+long\\s+as|provided(?:\\s+that)?|providing|once|when)';
/** "the speech therapist sees her": a helper named as the one who comes, "there is" said another way. */
const HELPER_COMES = "(?:the|a|an|his|her|their|my|our)\\s+(?:[a-z']+\\s+){0,3}?(?:sees?|visits?|helps?|works?\\s+with|comes?\\s+(?:in\\s+)?to\\s+(?:see|help))\\s+(?:me|him|her|them|us)\\b";
const MODAL = "(?:will|would|could|can|'ll|'d|might|should|shall)";

/** "I will pass my maths if I have a tutor", "she can do it as long as there is someone with her". */
const STEP_THEN_IF = new RegExp(`^(.+?)[\\s,]+${IF}\\s+(?:${WHO}\\s+${HAVING}|there\\s+(?:is|was|are|were|'s)|(?=${HELPER_COMES}))\\s*([^.;!?]+)`, 'i');
/** "if I have a tutor I will pass my maths", "once he gets his laptop, he can type his stories". */
const IF_THEN_STEP = new RegExp(`^(?:(?:and|so|well|but|i\\s+think)[\\s,]+)*${IF}\\s+(?:${WHO}\\s+${HAVING}|there\\s+(?:is|was|are|were|'s))\\s+(.+?)(?:,\\s*|\\s+)(?:then\\s+)?(${WHO}\\s*${MODAL}\\s+[^.;!?]+)`, 'i');

/** The support in a condition: a support word among its first words, or a thing wanted on its own. */
function namesSupport(condition: string): boolean {
  const clause = condition.split(/[,;]|\s(?:cos|because|but|and\s+then)\s/i)[0]!.trim();
  return SUPPORT_NEAR.test(clause.split(/\s+/).slice(0, 4).join(' ')) || isSupportOnly(clause);
}

/** The step and the support it depends on, or null when the answer has no such condition. */
export function supportCondition(text: string): SupportCondition | null {
  const whole = text.replace(/\s+/g, ' ').trim();
  const said = foldCase(whole);
  // Positions in the folded words stand for the typed words only when folding kept the length.
  const typed = (at: number, part: string) => (said.length === whole.length ? whole.slice(at, at + part.length) : part).trim().replace(/[\s,;:-]+$/, '');
  const before = STEP_THEN_IF.exec(said);
  if (before && namesSupport(before[2]!)) {
    return { main: typed(0, before[1]!), support: typed(said.indexOf(before[2]!, before[1]!.length), before[2]!) };
  }
  const after = IF_THEN_STEP.exec(said);
  if (after && namesSupport(after[1]!)) {
    return { main: typed(said.lastIndexOf(after[2]!), after[2]!), support: typed(said.indexOf(after[1]!), after[1]!) };
  }
  return null;
}
