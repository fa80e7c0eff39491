import { SUPPORT_HEAD } from './supportWords';

/*
 * Support said after a step with "with": "go to college on my own with a travel buddy at first".
 * A thing the place has ("at a pool with a hoist") is part of the step, and a second step after the
 * help ("... and do my physio stretches") stays in the step: an outcome is never cut mid-sentence.
 */

const SUPPORT_WORD = new RegExp(`\\b(?:${SUPPORT_HEAD})\\b`, 'i');

const WITH_CLAUSE = /(?:^|,\s*|\s+)(?:with|wiv|wth)\s+([^,.;!?]+)/gi;
/** "Jo at first", "my mum to start with": someone beside them only at the start, so help, whoever it is. */
const AT_FIRST = /^(?:(?:my|his|her|their)\s+)?[a-z'-]+(?:\s+[a-z'-]+)?\s+(?:at\s+first|to\s+start(?:\s+with)?|to\s+begin\s+with|at\s+the\s+(?:start|beginning)|for\s+the\s+first\s+(?:few\s+)?(?:times?|weeks?|days?|months?|goes?))$/i;
/** A place just named before "with": "at a pool", "in the gym", "to a cafe". */
const PLACE_BEFORE = /\b(?:at|in|to|into)\s+(?:a|an|the)\s+(?:[a-z'-]+\s+)?[a-z'-]+\s*$/i;
/** Help that is a person: "with my TA", "with a support worker", "with someone". */
const PERSON_HELP =
  /\b(?:ta|tas|teaching\s+assistant|assistant|support\s+worker|worker|carer|helper|someone|somebody|staff|adult|teacher|tutor|buddy|pa|mentor|physio(?:therapist)?|therapist|nurse|coach|instructor|mum|dad|nan|1:1|one\s+to\s+one)\b/i;
/** "sit with", "playing with", "hang out with": being with someone is the step itself. */
const TOGETHER_VERB = /\b(?:sit|sits|sitting|sat|play|plays|playing|talk|talks|talking|chat|chats|chatting|hang(?:ing)?\s+out|eat|eats|eating|share|sharing|dance|dancing|be\s+friends|make\s+friends|making\s+friends|spend\s+time|spending\s+time|meet\s+up|meeting\s+up)\s*$/i;
/** "someone from my class", "somebody my age": a peer, not a helper. */
const PEER = /^(?:someone|somebody|people|anyone)\s+(?:(?:from|in)\s+(?:my|his|her|their|the)\s+(?:class|form|year|group|tutor\s+group|street)|(?:my|his|her|their)\s+(?:own\s+)?age|new)\b/i;
/** "someone at lunch", "somebody new": a bare someone, not "someone to help me". */
const BARE_SOMEONE = /^(?:someone|somebody|people|anyone)(?!\s+(?:to\s+help|to\s+support|helping|who\s+(?:helps|can\s+help|knows)|from\s+(?:the\s+)?(?:school|college|council|services?|social)\b))\b/i;

/** "and do my physio", "and go to...": a second step after the help. */
const SECOND_STEP = /\s+(?:and|then|and\s+then|&)\s+(?:(?:i|i'll|ill|i\s+will|also|to)\s+)?(?:do|go|get|make|keep|learn|practise|practice|walk|swim|cook|read|write|use|try|stretch|work|take|start|join|see|visit|play|ride|catch|travel|pass|finish|hand|buy|pay|meet|talk|ask|tell|eat|sleep|help|look)\b/i;

/** A piece of a list of things: a few words, not a new clause ("ear defenders", "and a visual timetable"). */
const LIST_PIECE = /^(?:(?:and|&)\s+)?(?!(?:i|im|i'm|ill|he|she|they|we|it|then|so|but|because|cos|to|when|if)\b)[a-z'-]+(?:\s+[a-z'-]+){0,4}$/i;

/** How often they will do it: "once a week", "every day", "3 times a week". Part of the step, never help. */
const HOW_OFTEN = /^(?:(?:and|&)\s+)?(?:once|twice|every|each|daily|weekly|(?:\d+|one|two|three|four|five)\s+(?:times?|days?)|(?:on\s+)?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends))\b/i;

/** ", ear defenders, time out cards and a visual timetable" after the first help: the rest of the list, or ''. */
function listToTheEnd(after: string): string {
  const list = /^(?:,[^,.;!?]+)+[.!]?\s*$/.exec(after)?.[0];
  if (!list) return '';
  const pieces = list.replace(/[.!\s]+$/, '').split(',').map((p) => p.trim()).filter(Boolean);
  return pieces.every((p) => !HOW_OFTEN.test(p) && p.split(/\s+(?:and|&)\s+/).every((q) => LIST_PIECE.test(q.trim()))) ? list.replace(/[.!\s]+$/, '') : '';
}

export interface SupportSplit {
  /** The answer without its support phrase (the person's own step). */
  rest: string;
  /** The support phrase in the person's words, or null when there is none. */
  support: string | null;
}

/**
 * Cuts support out of an answer that also names a step: "go to college on my own with a travel
 * buddy at first" is the step "go to college on my own" and the support "a travel buddy at first".
 * "with the class" or "with a friend" is part of the step and stays.
 */
export function splitSupport(text: string): SupportSplit {
  WITH_CLAUSE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let tries = 0;
  // An answer has a few "with"s at most; a pasted wall of them is not read past the first ten.
  while ((m = WITH_CLAUSE.exec(text)) !== null && tries++ < 10) {
    // Look again from just after this "with": a later "with his TA" may follow "with the class".
    WITH_CLAUSE.lastIndex = m.index + 1;
    const phrase = m[1]!.trim();
    const head = phrase.split(/\s+/).slice(0, 4).join(' ');
    // "with Jo at first, I want to go to the shop on my own": someone there only at the start is help.
    const atFirst = AT_FIRST.test(phrase.trim());
    if (!atFirst && (!SUPPORT_WORD.test(head) || /^(?:(?:a|my|his|her|one|two|the)\s+)?(?:friends?|class|family|mum|dad|brother|sister|group\s+of\s+friends)\b/i.test(phrase))) continue;
    // "sitting with someone at lunch", "go to the shop with someone from my class": company, not help.
    if (PEER.test(phrase) || (BARE_SOMEONE.test(phrase) && TOGETHER_VERB.test(text.slice(0, m.index)))) continue;
    // "with no help", "wiv out help", "with less support": doing it more on their own is the step itself.
    if (/^(?:no|out|little|less|fewer|minimal|hardly\s+any|only\s+a\s+little)\b/i.test(phrase)) continue;
    // "at a pool with a hoist": a thing the place has describes the place, never help said after the step.
    if (PLACE_BEFORE.test(text.slice(0, m.index)) && !PERSON_HELP.test(head)) continue;
    // "with a quiet room, ear defenders and a visual timetable": a list of help to the end goes whole.
    const listed = listToTheEnd(text.slice(m.index + m[0].length));
    // "with a hoist and do my physio stretches": the help ends where a second step starts.
    const next = listed ? null : SECOND_STEP.exec(phrase);
    const help = next ? phrase.slice(0, next.index) : `${phrase}${listed}`;
    const after = next ? ` ${phrase.slice(next.index).trim()}` : '';
    // "on my own with my headphones on, once a week": how often joins the step again, without the comma.
    const tail = text.slice(m.index + m[0].length + listed.length).replace(/^\s*,\s*(?=\S)/, (comma, _at, all: string) => (HOW_OFTEN.test(all.slice(comma.length)) ? ' ' : comma));
    const rest = (text.slice(0, m.index) + after + tail).replace(/\s+/g, ' ').trim().replace(/^[\s,;:-]+/, '');
    if (rest.split(/\s+/).length < 2) continue;
    return { rest: rest.replace(/[\s,;:-]+$/, ''), support: help.replace(/[\s,;:-]+$/, '') };
  }
  return { rest: text.trim(), support: null };
}

