import { readOnce } from './recentReadings';
import { normaliseMessage } from './text';

/*
 * A parent's question about the plan's process, typed at a needs question: "What is a transition?",
 * "Does Tia's plan need to say anything about changing school?", "When do we start planning the
 * move to secondary school?", "Can you tell me when we're supposed to start planning for secondary
 * with the EHCP?". A question is never a hard thing or a help. Each is answered where the guidance
 * holds the answer; otherwise the bot says it cannot answer, and who can.
 */

export type PlanProcessQuestion =
  /** "what is a transition": a big change, like moving school or leaving school. */
  | 'transition'
  /** "does the plan need to say anything about changing school": it can; an outcome runs to the end of a key stage. */
  | 'planCoversMove'
  /** "what is an annual review": a meeting once a year about the plan. */
  | 'annualReview'
  /** "when do we start planning the move", or another question about the plan's process: the key worker can answer. */
  | 'keyWorkerKnows';

const OPENER =
  /^(?:(?:so|but|and|ok|okay|um+|erm+|sorry|also|oh)\s+)*(?:do|does|did|is|are|can|could|will|would|should|shall|have|has|what|whats|which|who|when|where|why|how|if)\b/;

const TRANSITION = /\b(?:what|whats)\b.*\btransitions?\b|\btransitions?\s+mean\b/;
const ANNUAL_REVIEW = /\b(?:what|whats)\s+(?:is\s+)?(?:an?\s+|the\s+)?annual\s+reviews?\b/;
const MOVE = /\b(?:chang(?:e|es|ing)|mov(?:e|es|ing)|transfer(?:s|ring)?|start(?:s|ing)?|go(?:es|ing)?\s+(?:up\s+)?to)\s+(?:to\s+)?(?:a\s+|the\s+|her\s+|his\s+|their\s+|my\s+)?(?:new\s+|next\s+|big\s+)?(?:schools?|secondary|college|sixth\s+form|high\s+school|juniors?)\b|\b(?:moving|move|transition|transfer)\b.*\b(?:secondary|college|sixth\s+form|high\s+school|new\s+school|next\s+school)\b|\bplanning\s+for\s+(?:secondary|college|high\s+school|sixth\s+form)\b|\bphase\s+transfer\b/;
const PLAN_SAYS = /\b(?:plan|ehcp|ehc\s+plan)\b.*\b(?:say|include|cover|mention|put|talk about|have)\b/;
/** A question about what the bot kept or wrote. */
const KEPT = /\b(?:keep|kept|save|saved|write|wrote|written|put down|hopes?|dreams?)\b/;
const WHEN = /^(?:.*\b)?(?:when|how\s+(?:early|soon|long\s+before))\b/;
/** Questions about moving on ("what happens at the annual review?"); what may go in the plan is answered elsewhere. */
const PLAN_PROCESS = /\b(?:annual\s+reviews?|transitions?|secondary|phase\s+transfer)\b/;

/** The questions a message asks about the plan's process, each once; null when it holds anything else (an answer). */
export const readPlanProcessQuestion = readOnce(readPlanProcessQuestionAfresh);
function readPlanProcessQuestionAfresh(text: string): PlanProcessQuestion[] | null {
  if (text.length > 300) return null;
  const sentences = (text.match(/[^.?!\n]+[.?!\n]*/g) ?? []).map((part) => ({ said: normaliseMessage(part), asked: part.includes('?') })).filter((s) => s.said);
  if (!sentences.length || sentences.length > 3) return null;
  const found: PlanProcessQuestion[] = [];
  const take = (kind: PlanProcessQuestion): void => {
    if (!found.includes(kind)) found.push(kind);
  };
  for (const { said, asked } of sentences) {
    if (!asked && !OPENER.test(said)) return null;
    // "did you keep the secondary school hope?": about what was kept, answered from the draft elsewhere.
    if (KEPT.test(said)) return null;
    if (TRANSITION.test(said) && !MOVE.test(said) && said.split(' ').length <= 8) take('transition');
    else if (ANNUAL_REVIEW.test(said) && said.split(' ').length <= 8) take('annualReview');
    else if (MOVE.test(said) && WHEN.test(said)) take('keyWorkerKnows');
    else if (MOVE.test(said) && PLAN_SAYS.test(said)) take('planCoversMove');
    else if (MOVE.test(said) || PLAN_PROCESS.test(said)) take('keyWorkerKnows');
    else return null;
  }
  return found.length ? found : null;
}
