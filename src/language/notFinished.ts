/*
 * "wait i didnt say it was done!", "im not finished", "hang on i havent finished": said just after the
 * plan was called ready, the person is not done. The plan opens again; what they asked beside it
 * ("u didnt take out the contact with his mum bit") is what they still want changed.
 */

const NOT_DONE = String.raw`(?:done|finished|finish|ready|complete|over|through)`;

const NOT_FINISHED: readonly RegExp[] = [
  // "i didnt say it was done", "i never said i was finished", "i didnt say finish"
  new RegExp(String.raw`\bi\s+(?:didn'?t|did\s+not|never|havent|haven'?t|have\s+not)\s+(?:say|said|tell\s+you|told\s+(?:you|u)|tap|press|click)\s+(?:that\s+)?(?:(?:it|i|we|this|the\s+plan)\s+(?:was|were|is|am|are|'?m|'?s)\s+)?${NOT_DONE}\b`, 'i'),
  // "im not finished", "i am not done yet", "we're not finished", "its not finished", "it isnt ready"
  new RegExp(String.raw`\b(?:(?:i\s*'?m|i\s+am|im|we\s*'?re|we\s+are|it\s*'?s|it\s+is|its|this\s+is|that\s+is|thats|that'?s)\s+not|(?:it|this|that|the\s+plan)\s+(?:isn'?t|isnt))\s+(?:quite\s+|even\s+)?${NOT_DONE}\b`, 'i'),
  // "i havent finished", "i haven't finished yet", "i wasnt finished"
  /\b(?:i|we)\s+(?:haven'?t|havent|have\s+not|hadn'?t|wasn'?t|wasnt|was\s+not|weren'?t|werent)\s+(?:quite\s+|even\s+)?(?:done|finished|ready)\b/i,
  // "dont finish it yet", "why did you finish", "i didnt want to finish", "not done yet"
  /\b(?:don'?t|dont|do\s+not)\s+finish\b|\bwhy\s+(?:did|have)\s+(?:you|u)\s+(?:finish|finished|end|ended|stop|stopped)\b|\bi\s+(?:didn'?t|didnt|did\s+not)\s+(?:want|mean|ask)\s+(?:you\s+|u\s+)?to\s+(?:finish|end|stop)\b|^\W*(?:wait\W+|hang\s+on\W+|hold\s+on\W+)?not\s+(?:done|finished|ready)(?:\s+yet)?\b/i,
];

/** The "not finished" sentence is about the chat; "i'm not finished with school" is about their life. */
const ABOUT_LIFE_AFTER = /^\s*(?:with|at|in|of|from)\s+(?:school|college|work|my\s+course|the\s+course|uni|university|year|therapy|treatment)\b/i;

/** "u didnt take out the contact with his mum bit": the asking still wanted, said as a plain request. */
const NOT_DONE_YET = /\b(?:you|u)\s+(?:didn'?t|didnt|did\s+not|never|haven'?t|havent|have\s+not|forgot\s+to|still\s+(?:didn'?t|didnt|haven'?t|havent))\s+(?=(?:take|delete|remove|change|get\s+rid|cross|move|add|put|fix|swap|split|join)\b)/i;

export interface NotFinished {
  /** What else was said, as a request the plan can act on; empty when nothing else was asked. */
  rest: string;
}

/** Read when the plan was just called ready: undefined unless the person says they are not finished. */
export function saysNotFinished(text: string): NotFinished | undefined {
  const said = text.trim().replace(/\s+/g, ' ').replace(/[’‘`]/g, "'");
  if (!said || said.length > 400) return undefined;
  for (const re of NOT_FINISHED) {
    const found = re.exec(said);
    if (!found) continue;
    if (ABOUT_LIFE_AFTER.test(said.slice(found.index + found[0].length))) return undefined;
    const before = said.slice(0, found.index).replace(/^\W*(?:wait|hang\s+on|hold\s+on|no+|oi|hey|erm|um|sorry|oh)\b[\s,.!?-]*/i, '');
    const after = said.slice(found.index + found[0].length).replace(/^(?:\s+yet)?[\s!?.,;:-]*/, '');
    const rest = [before.replace(/[\s,.!?;:-]+$/, ''), after].filter((s) => /\p{L}{2,}/u.test(s)).join('. ').replace(NOT_DONE_YET, '');
    return { rest: rest.trim() };
  }
  return undefined;
}
