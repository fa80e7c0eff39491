import { normaliseMessage } from './text';

/*
 * "I don't want this outcome", "skip this one", "forget it", "can we do a different one", "stop this
 * one": while an outcome is being built, the person wants out of it. Nothing of it is kept (after a
 * kind check) and the bot goes on. `different` says they asked for another one in its place.
 * "skip" or "skip this question" alone only skips the question, and is not read here.
 */

export interface DropAsked {
  /** They asked for a different or another outcome in its place. */
  different: boolean;
  /** What they said after it ("forget it, one about the bus instead"): '' when nothing. */
  rest: string;
  /** They asked to write this outcome again ("can we start the toilet one again"). */
  redo?: boolean;
}

const LEAD = /^(?:(?:oh|ok|okay|actually|um+|erm|hmm+|nah|no|nope|wait|sorry|tbh|honestly|just|please|pls|lol|ugh+|meh)\s+)*/;
const TAIL = /(?:\s+(?:please|pls|plz|then|thanks|thx|lol|tbh|mate|now|anymore|any more|for now|after all|actually|sorry|instead|its boring|its rubbish))+$/;

/** "this outcome", "this one", "this goal": the outcome being built. */
const THIS_ONE = '(?:this|that|the)(?:\\s+whole)?\\s+(?:one|outcome|goal|step|idea|thing)';
/** "the flat one", "the phone call outcome": the outcome named by its words. */
const NAMED_ONE = '(?:the|this|that|my)\\s+(?:[a-z]+\\s+){1,3}?(?:one|outcome|goal)';
/** Also "it" or "this", after a word that only ever lets go ("forget it"; "stop it" stays the stop command). */
const THIS = `${THIS_ONE}|this|it`;

const DROPS: readonly RegExp[] = [
  // "i dont want this outcome", "dont want to do this one", "i dont want it anymore", "i dont like this one"
  new RegExp(`^(?:i\\s+|we\\s+|he\\s+|she\\s+)?(?:dont|do not|doesnt|does not|dont really|really dont)\\s+(?:want|like|wanna)(?:\\s+to\\s+(?:do|have|keep|add))?\\s+(?:${THIS})$`),
  // "skip this one", "skip this outcome", "skip the whole thing"
  /^skip\s+(?:this|that|the)(?:\s+whole)?\s+(?:one|outcome|goal|idea|thing)$/,
  // "forget it", "forget this one", "forget about it", "never mind this one", "nevermind"
  new RegExp(`^(?:forget|forget about|never mind|nevermind|nvm|drop|ditch|scrap|bin)\\s+(?:${THIS}|${NAMED_ONE})$`),
  new RegExp(`^(?:leave|stop|cancel|abandon|delete|remove|get rid of|lose|quit|end)\\s+(?:${THIS_ONE}|${NAMED_ONE})$`),
  // "can we just delete it", "can we get rid of this outcome", "i want to remove the flat one"
  new RegExp(`^(?:(?:can|could)\\s+(?:we|i|you|u)\\s+|lets\\s+|i want to\\s+|i wanna\\s+|id like to\\s+|please\\s+)(?:just\\s+)?(?:delete|remove|get rid of|drop|bin|scrap)\\s+(?:${THIS}|${NAMED_ONE})$`),
  /^(?:forget it|never mind|nevermind|nvm|leave it out|leave that out|leave this out)$/,
  // "stop this one", "stop doing this one", "can we stop this one"
  new RegExp(`^(?:(?:can|could|may)\\s+(?:we|i|you|u)\\s+(?:just\\s+)?|lets\\s+|i\\s+(?:want|wanna|would like|need|think i want)\\s+(?:to\\s+)?|id like to\\s+)?(?:stop|quit|end|drop|ditch|scrap|bin|cancel|abandon|leave|forget|skip)(?:\\s+(?:doing|making|working on))?\\s+(?:${THIS_ONE})(?:\\s+out)?$`),
  // "i changed my mind about this one", "not this outcome", "no not this goal"
  new RegExp(`^(?:ive|i have|i)\\s+changed\\s+my\\s+mind(?:\\s+(?:about|on)\\s+(?:${THIS}))?$`),
  /^not\s+(?:this|that)\s+(?:outcome|goal|idea)(?:\s+(?:at all))?$/,
];

/** In its place: "can we do a different one", "lets do another one instead", "different outcome please". */
const DIFFERENT =
  /^(?:(?:can|could)\s+(?:we|i|you|u)\s+|lets\s+|i want to\s+|id like to\s+|i wanna\s+|i want\s+|id like\s+|we should\s+|i would rather\s+|id rather\s+)?(?:do|have|try|pick|make|choose|go for|go with|think of|work on)?\s*(?:a\s+)?(?:different|another|other|new)\s+(?:one|outcome|goal|step|idea)(?:\s+instead)?$|^(?:a\s+)?(?:different|another)\s+(?:one|outcome|goal)(?:\s+instead)?$/;

/**
 * "can we start the toilet one again", "redo this outcome", "do this one again from the start", "can i
 * just tell you the step again": this
 * outcome written afresh, which is leaving it out and writing another for the same hope.
 */
const REDO = new RegExp(
  `^(?:(?:can|could|shall|may)\\s+(?:we|i|you|u)\\s+|lets\\s+|i\\s+(?:want|wanna|would like|need)\\s+(?:to\\s+)?|id like to\\s+)?(?:just\\s+)?(?:(?:start|do|begin|write|try)\\s+(?:${THIS_ONE}|${NAMED_ONE})\\s+(?:(?:again|over|afresh)(?:\\s+from (?:the )?(?:start|beginning|scratch))?|from (?:the )?(?:start|beginning|scratch))|(?:redo|restart)\\s+(?:${THIS_ONE}|${NAMED_ONE})(?:\\s+again)?|(?:tell|give|say|type|put)\\s+(?:(?:you|u)\\s+)?(?:the|my|this|that)\\s+(?:step|outcome|goal)\\s+(?:again|over)|start\\s+(?:${THIS_ONE}|${NAMED_ONE})\\s+over\\s+again)$`,
);

function piece(text: string): string {
  return normaliseMessage(text).replace(LEAD, '').replace(TAIL, '').trim();
}

function readOne(said: string): { drop: boolean; different: boolean; redo?: boolean } {
  if (!said) return { drop: false, different: false };
  if (REDO.test(said)) return { drop: true, different: true, redo: true };
  if (DIFFERENT.test(said)) return { drop: true, different: true };
  return { drop: DROPS.some((re) => re.test(said)), different: false };
}

/** The message asks to leave the outcome being built; with what followed it, if anything. */
export function asksToDropOutcome(text: string): DropAsked | null {
  if (text.length > 300) return null;
  const whole = readOne(piece(text));
  if (whole.drop) return { different: whole.different, rest: '', ...(whole.redo ? { redo: true } : {}) };
  // "forget it. can we do a different one", "i dont want this one, lets do the bus one": read in parts.
  const parts = text.split(/(?<=[.!?;,])\s*|\s+(?:but|and|so)\s+/i).filter((p) => p && /[a-z]/i.test(p));
  if (parts.length < 2) return null;
  const read = parts.map((p) => readOne(piece(p)));
  const first = read.findIndex((r) => r.drop);
  // "its ages away and its stressing me out. can we just delete it": reasons, then the ask.
  if (first === read.length - 1 && first > 0) return { different: read[first]!.different, rest: '', ...(read[first]!.redo ? { redo: true } : {}) };
  if (first !== 0) return null;
  const different = read.some((r) => r.different);
  const rest = parts.filter((_, i) => !read[i]!.drop).join(' ').replace(/\s+/g, ' ').trim();
  return { different, rest };
}

/**
 * "stop", "stop this", "can we stop", "i want to stop now": said while an outcome is being made, it
 * may mean this outcome or the whole chat, so the bot asks which. Words that name the chat or a
 * later return ("stop for now", "stop the chat", "bye") are clear, and are not read here.
 */
const UNCLEAR_STOP =
  /^(?:(?:ok|okay|um+|erm|actually|please|just|no|nah|ugh+)\s+)*(?:(?:can|could|may)\s+(?:i|we|u|you)\s+(?:just\s+|please\s+)?|i\s+(?:want|wanna|would like|need|have)\s+to\s+|i\s+wanna\s+|lets\s+|id\s+like\s+to\s+|i\s+think\s+i\s+(?:want|need)\s+to\s+)?(?:stop|quit|end|finish|pack\s+it\s+in)(?:\s+(?:it|this|here|there))?(?:\s+(?:now|please|pls|plz|thanks|thx|ok|okay))*$/;

export function isUnclearStop(text: string): boolean {
  return text.length <= 80 && UNCLEAR_STOP.test(normaliseMessage(text));
}
