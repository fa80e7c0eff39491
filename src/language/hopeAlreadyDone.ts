/*
 * "we already did the talking one", said where the bot asks for a step: a remark that a hope is
 * done (it has its outcome, or they have worked on it), never the step itself. The words naming
 * that hope are returned, so the dialog can tell which hope is meant.
 */

const MAX_CHARS = 120;

/**
 * "we already did", "we've done", "i've already finished", "we have covered", "done the X one":
 * done before in this chat, said of the hope. Only a past doing counts: "i already do the shopping"
 * (a habit) and "i had the job interview" (an event that happened) never do. "already" or a
 * pointing word after the hope ("the talking one", "the flat bit") is needed, so "I did the washing
 * up" is never read as a hope done.
 */
const DID_IT =
  /^(?:(?:no|nah|but|um+|erm+|well|oh|yeah|yes|ye)[\s,.!]+)*(?:(?:we|i|you)(?:'ve|ve|\s+have)?\s+)?(?:(already)\s+)?(?:did|done|finished|covered|talked\s+about|sorted)\s+(?:(already)\s+)?(?:that\s+|with\s+)?(?:the|that|this|my|his|her|our)\s+(.+?)(?:\s+(one|hope|dream|goal|bit|thing))?(?:\s+(already))?[\s.!]*(?:(?:already|before|earlier|yesterday|last\s+time)[\s.!]*)?$/i;

/** Words of a life, not of the chat: "the shopping with mum every week" is something done, not a hope talked over. */
const LIFE_DETAIL = /\b(?:every|each|usually|always|with|on|at|in|for|today|yesterday|week|weekend|morning|night)\b/i;

/** "we did", "i've done": who did it said; "done the swimming one" needs its "one" instead. */
const SAID_WHO = /^(?:(?:no|nah|but|um+|erm+|well|oh|yeah|yes|ye)[\s,.!]+)*(?:we|i|you)\b/i;

/** The words naming the hope said to be done ("talking"); undefined when the message is not such a remark. */
export function hopeSaidDone(text: string): string | undefined {
  const said = text.trim().replace(/\s+/g, ' ');
  if (!said || said.length > MAX_CHARS) return undefined;
  const m = DID_IT.exec(said);
  if (!m) return undefined;
  const pointed = Boolean(m[1] || m[2] || m[4] || m[5]) || /\b(?:already|before|earlier|last\s+time)\b/i.test(said);
  const named = m[3]!.trim();
  // Without "one", "bit" or "hope" after it, only a short name of a hope, with no detail of a day.
  const pointsAtHope = Boolean(m[4]) || (SAID_WHO.test(said) && named.split(' ').length <= 3 && !LIFE_DETAIL.test(named));
  return pointed && pointsAtHope && named !== '' ? named : undefined;
}
