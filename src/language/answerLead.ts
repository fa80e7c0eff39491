import { RemarkPattern } from './remarkPatterns';
import { isJudgement } from './outcomeField';

/*
 * Words that only lead up to an answer: "anyway the step is sort my own money", "ok so my answer
 * is ...", "the help is college sorting the placement". What follows is the answer, in their words.
 */

/** "anyway", "ok so", then "the step is", "my answer is", "the help is": nothing of the answer itself. */
const LEAD =
  /^(?:(?:anyway|anyways|ok|okay|so|right|well|um+|erm+|fine|no|nah|wait|actually|(?:we|i)(?:['’]?ve|\s+have)\s+moved\s+on|moving\s+on)[\s,.:;!-]+)*(?:(?:the|my)\s+(?:step|answer|goal|outcome|help|measure)\s+(?:is|would\s+be|will\s+be|was)|(?:the\s+)?answer\s+is|help\s+would\s+be|what\s+(?:would\s+help|helps|helped|really\s+helps)\s+(?:is|was))[\s,:;-]+/i;

/** "anyway ...", "we've moved on. ...": said after chatter, it only leads back to the answer. */
const ANYWAY = /^(?:(?:anyway|anyways|(?:we|i)(?:['’]?ve|\s+have)\s+moved\s+on(?:\s+now)?|moving\s+on)[\s,.:;!-]+)+/i;

/**
 * "I think.", "Sorry, I meant": their own words before the answer, never part of it ("I think she ..."
 * stays whole). "no i meant ..." is left as it is: it puts an earlier answer right, and the readers
 * of corrections need the "no".
 */
const OWN_LEAD = new RegExp(RemarkPattern.ownLead, 'i');

/** The answer without the words that only lead up to it; unchanged when too little would be left. */
export function withoutAnswerLead(text: string): string {
  const trimmed = text.trim();
  const rest = trimmed.replace(OWN_LEAD, '').replace(LEAD, '').replace(ANYWAY, '').trim();
  return rest.split(/\s+/).filter(Boolean).length >= 2 ? rest : trimmed;
}

/** "no the step is budgeting", "wait i mean the step is ...": the step just kept, put right. */
const STEP_PUT_RIGHT =
  /^(?:(?:no+|nah|nope|wait|actually|sorry|oops|hang on)[\s,.!]+)+(?:i\s+(?:mean|meant)[\s,]+)?(?:the|my)\s+step\s+(?:is|was|should\s+be|would\s+be)[\s,:;-]+(.+)$/i;

/** "Change the step to: ask my tutor ...", "can you make my step say ...": the step just kept, asked to be changed. */
const STEP_CHANGED_TO =
  /^(?:(?:please|pls|plz|ok|okay|so|actually|wait|no+|can\s+(?:you|u)|could\s+(?:you|u))[\s,.!]+)*(?:change|make|put|switch|edit|set)\s+(?:the|my|this)\s+step\s+(?:(?:to|into|as)(?:\s+say)?|so\s+it\s+says|say)[\s,:;-]+(.+?)[\s,]*(?:please|pls|plz|thanks|thank\s+you)?[.!?]*$/i;

/** The words after "change the step to:", asked at the step question itself, where they are the step; null otherwise. */
export function stepChangedTo(text: string): string | null {
  const m = STEP_CHANGED_TO.exec(text.trim());
  return m && !isJudgement(m[1]!) ? m[1]!.trim() || null : null;
}

/** The step's new words when a message puts the step just kept right; null otherwise. */
export function stepPutRight(text: string): string | null {
  const m = STEP_PUT_RIGHT.exec(text.trim()) ?? STEP_CHANGED_TO.exec(text.trim());
  // "no the step is fine, we will know when ...": the step is kept as it is; nothing is put right.
  if (!m || isJudgement(m[1]!)) return null;
  // "budgeting… it leads to paying my own bills": the step is what comes before the reason.
  const step = m[1]!.split(/\s*(?:[.!?…;]+|,\s*(?:it|that|cos|because|so)\b)\s*/i)[0]!.trim();
  return step.length > 0 ? step : null;
}

/**
 * "the help is", "help would be", "i need", "help wise": words before the help itself, never part of it. "for the help"
 * is a lead only with a comma or a colon after it: "for the support of my TA" and "for the help with reading he has a
 * tutor" are the help itself.
 */
const HELP_LEAD =
  /^(?:(?:so|ok|okay|anyway|well|um+|erm+)[\s,]+)*(?:(?:help|support|helping)[\s-]*wise|(?:in\s+terms\s+of|as\s+for)\s+(?:help|support)|for\s+the\s+(?:help|support)(?=\s*[,:])|the\s+help\s+(?:is|would\s+be|will\s+be)|help\s+would\s+be|what\s+would\s+help\s+is|(?:(?:my|his|her|their|the)\s+(?:main\s+)?(?:goal|aim|target)\s+(?:is|would\s+be)\s+)?(?:to\s+)?(?:get|have|be\s+given)(?=\s+(?:a|an|some|more|extra|help|support|my|his|her)\b)|i\s+(?:would\s+|d\s+|'d\s+)?need|i\s+(?:would|d|'d)\s+like)[\s,:-]+/i;

/** Help as it is kept under an outcome: their words after the lead-in ("the help is college sorting the placement"). */
export function withoutHelpLead(text: string): string {
  const trimmed = text.trim();
  const rest = trimmed.replace(HELP_LEAD, '').trim();
  return rest.split(/\s+/).filter(Boolean).length >= 2 ? rest : trimmed;
}

/** "if you mean help, a map on my phone": their reading of the question, before the answer; never kept. */
const IF_YOU_MEAN = /^(?:(?:ok|okay|so|well|then)[\s,]+)?if\s+(?:you|u|ya)\s+(?:mean|meant)\s+(?!(?:it|well|to|that)\b)(?:by\s+)?((?:[^\s,:;.?!]+\s+){0,3}[^\s,:;.?!]+)\s*[,:;]\s*(?:(?:then|well)[\s,]+)?(?=\S)/i;

/**
 * The bot's own words a person may read back ("if you mean help, ..."). Anything else named there
 * ("if u mean my mum, she does everything") is part of the answer: who helps, or where.
 */
const BOT_TERM = /\b(?:help|helps|helping|support|supports|provide|provides|provision|step|steps|outcome|outcomes|need|needs|aspiration|aspirations|target|targets|goal|goals|hope|hopes|dream|dreams|barrier|barriers|measure|measures|question)\b/i;

/** The answer without their reading of the question in front of it ("if you mean help, ..."). */
export function withoutTheirReading(answer: string): string {
  const m = IF_YOU_MEAN.exec(answer);
  return m && BOT_TERM.test(m[1]!) ? answer.slice(m[0].length) : answer;
}
