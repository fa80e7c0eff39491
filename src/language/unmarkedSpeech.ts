/*
 * Words someone will say, typed without quote marks: "say can I have a drink please", "ask will I be
 * on the bus today", "tell the teacher I dont understand". Like words in quote marks they are the
 * person's own and are kept as typed: no rewording, no grammar put right, no words dropped.
 */

const SAYING =
  '(?:say|says|saying|said|ask|asks|asking|asked|tell|tells|telling|told|shout|shouts|shouting|whisper|whispers|answer|answers|reply|replies|sign|signs|signing|call\\s+out|calls\\s+out)';
/** Who it is said to: "the teacher", "my mum", "staff", "to the lady at the till". */
const LISTENER = "(?:(?:to\\s+)?(?:(?:the|my|his|her|their|our|a|an|other|new|any)\\s+)?(?:[a-z'-]+\\s+){0,2}?)?";
/** How direct speech starts: a first or second person, a greeting, a question word, a request. */
const OPENER =
  "(?:i|i'm|im|i'll|i've|i'd|me|my|we|us|you|your|can|could|may|will|would|please|pls|hi|hello|hiya|hey|bye|goodbye|see\\s+you|no|yes|yeah|stop|help\\s+me|thank|thanks|sorry|excuse\\s+me|what|where|why|who|is|are|do|does|did|have|has|let|leave\\s+me|wait|look|ok|okay|not\\s+now|good\\s+(?:morning|afternoon|night)|it's|its|that's|thats|this\\s+is|all\\s+done|finished|more|u|ur|plz|soz|lemme|gimme|wanna|gonna|cya|c\\s+u)";
const SPEECH = new RegExp(`\\b${SAYING}\\s+${LISTENER}[:,]?\\s*(?=${OPENER}\\b)`, 'gi');

/** Where unmarked speech starts in each clause, and where that clause ends: [start, end) pairs. */
export function unmarkedSpeech(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  SPEECH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPEECH.exec(text)) !== null) {
    const start = m.index + m[0].length;
    const stop = /[.!?;\n"\u201C]/.exec(text.slice(start));
    const end = stop ? start + stop.index : text.length;
    spans.push([start, end]);
    SPEECH.lastIndex = Math.max(end, SPEECH.lastIndex + 1);
  }
  return spans;
}

/** The text cut where its first unmarked speech starts: [before, speech, after]. */
export function splitAtSpeech(text: string): [string, string, string] {
  const first = unmarkedSpeech(text)[0];
  if (!first) return [text, '', ''];
  return [text.slice(0, first[0]), text.slice(first[0], first[1]), text.slice(first[1])];
}

/** Only "i" and "im" made "I" and "I'm": their words stay theirs. */
export function speechAsTyped(words: string): string {
  return words.replace(/\bi\b/g, 'I').replace(/\bim\b/gi, "I'm").replace(/\bi'(m|ll|d|ve)\b/gi, (_m, rest: string) => `I'${rest.toLowerCase()}`);
}
