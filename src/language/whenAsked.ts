import { readOnce } from './recentReadings';
import { normaliseMessage, sentencesOf } from './text';

/*
 * At "by when?", questions back: "what is today's date? December 2026 doesn't seem right?", "What
 * would you suggest? I don't want to push her too hard. Maybe the end of Year 2." Each is answered;
 * a time said beside a suggestion asked for is the answer, and a date doubted beside "what is today's date" is not.
 */

const TODAY_ASKED = /\b(?:what|whats|wat|wots?)\s+(?:is\s+|s\s+)?(?:today\s*s|todays|the)\s+date(?:\s+today)?\b|\bwhat\s+(?:day|date|year|month)\s+(?:is\s+it|is\s+today|are\s+we\s+in)\b|\bwhat\s+date\s+do\s+you\s+think\s+it\s+is\b/;
const SUGGESTION_ASKED = /\bwhat\s+(?:would|do|should|could|will)\s+(?:you|u)\s+(?:suggest|recommend|advise|think\s+is\s+(?:best|right|fair|realistic))\b|\b(?:any|got\s+any)\s+(?:suggestions|ideas|advice)\b|\bwhat\s+(?:is|s)\s+(?:usual|normal|typical|realistic|best)\b|\bhow\s+long\s+(?:do|does|should)\s+(?:people|most people|families|others)\s+(?:usually\s+)?(?:give|pick|choose|take)\b/;
/** "whats the date for that", "what date would that be": the date of the time they said, never today's. */
const DATE_MEANT =
  /\b(?:what|whats|wat|wots?|which)\s+(?:is\s+|s\s+|would\s+be\s+)?(?:the\s+)?(?:date|day|month)\s+(?:for|of)\s+(?:that|it|this|then|those)\b|\b(?:what|which)\s+(?:date|day|month)\s+(?:is|would|will|does)\s+(?:that|it|this)(?:\s+(?:be|mean|make))?\b|\bwhen\s+(?:is|would|will)\s+(?:that|it)(?:\s+be)?\s*\??$/;
/**
 * "which date did u put easter or summer?", "what did you put for the date?": the date already kept
 * asked about, a question from its first words on, so the times in it ("easter or summer") are no answer.
 */
const KEPT_ASKED =
  /^(?:(?:so|and|but|um+|erm+|sorry|wait|hang\s+on|ok(?:ay)?|hm+|oh|remind\s+me)[\s,]+)*(?:(?:what|which|wat|wot|wich)\s+(?:date|day|month|time|year)\s+(?:did|have|has|had|do)\s+(?:you|u|ya|we)\s+(?:put(?:\s+down)?|pick(?:ed)?|cho(?:o)?se|chosen|wr(?:i|o)te|written|sa(?:y|id)|kept|keep|use(?:d)?|set|gi(?:v|ve|ven)|gave|go\s+for|went\s+for|end\s+up\s+with)\b(?!\s+(?:ur|your|my|his|her|their|the|a|an|me|him|them|it\s+on)\b)|when\s+(?:did|have)\s+(?:you|u|we)\s+(?:put|sa(?:y|id)|set|wr(?:i|o)te|pick(?:ed)?|cho(?:o)?se)\b(?!\s+(?:me|him|her|them)\b)|what\s+(?:did|have)\s+(?:you|u|we)\s+(?:put(?:\s+down)?|written|wrote|set|pick(?:ed)?|cho(?:o)?se)\s+(?:for|as)\s+(?:the\s+|my\s+)?(?:date|when|time|deadline|by\s+when)\b)/;
/** "December 2026 doesn't seem right?", "is that right": doubt about a date, never a time to keep. */
const DOUBTS = /\b(?:right|wrong|correct|seem|seems|sure)\b/;

export interface WhenAsked {
  today: boolean;
  suggestion: boolean;
  /** The date of the time said beside it was asked for ("6 months. whats the date for that"). */
  dateMeant: boolean;
  /** The date already kept was asked about ("which date did u put?"). */
  keptAsked: boolean;
  /** What else was said: the answer, or '' when nothing else. */
  rest: string;
}

const plain = (s: string) => normaliseMessage(s).toLowerCase().replace(/['’]/g, '');

/** The questions asked back at "by when?", or null when none is. */
export const readWhenAsked = readOnce(readWhenAskedAfresh);
function readWhenAskedAfresh(text: string): WhenAsked | null {
  if (text.length > 400) return null;
  const sentences = sentencesOf(text);
  const meant = sentences.map((s) => DATE_MEANT.test(plain(s)));
  const today = sentences.map((s, i) => !meant[i] && TODAY_ASKED.test(plain(s)));
  const suggestion = sentences.map((s) => SUGGESTION_ASKED.test(plain(s)));
  const kept = sentences.map((s) => KEPT_ASKED.test(plain(s)));
  if (!today.some(Boolean) && !suggestion.some(Boolean) && !meant.some(Boolean) && !kept.some(Boolean)) return null;
  const doubted = (s: string) => today.some(Boolean) && (/\?\s*$/.test(s) || DOUBTS.test(plain(s)));
  // "6 months whats the date for that": the time said in the same sentence is the answer.
  const said = sentences.map((s, i) => (meant[i] ? plain(s).replace(DATE_MEANT, ' ').replace(/\s+/g, ' ').trim() : s));
  const rest = said.filter((s, i) => s && !today[i] && !suggestion[i] && !kept[i] && !doubted(sentences[i]!)).join(' ').trim();
  return { today: today.some(Boolean), suggestion: suggestion.some(Boolean), dateMeant: meant.some(Boolean), keptAsked: kept.some(Boolean), rest };
}
