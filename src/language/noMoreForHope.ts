/*
 * At "one more goal?": "no thats all for that one", "nothing else for football", "done with that
 * one" end the goals for ONE hope, never the outcomes as a whole. The words read here say which hope
 * (pointing words mean the hope just worked on); times ("thats all for now") and people ("for me")
 * are no hope, so those stay a plain no. Anything said after it is left to the other readers.
 */

/** The finishing words: "no more", "nothing else", "thats all / it / enough", "im done / finished". */
const FINISHED = String.raw`(?:no\s+more|nothing\s+(?:else|more)|(?:that'?s|thats|that\s+is|dats|its|it'?s)\s+(?:all|it|enough)|enough|(?:(?:i'?m|im|i\s+am|we'?re|were)\s+)?(?:done|finished|dun))`;

/** "for", "with", "on" and their text-speak ("4", "wiv"). */
const FOR = String.raw`(?:for|4|with|wiv|on)`;

/** The hope: optional pointing word, then up to four words, then an optional "one", "hope", "bit". */
const HOPE = String.raw`(?:(?:the|my|his|her|their|our|that|this|dat|dis)\s+)?([\p{L}\p{N}']+(?:\s+[\p{L}\p{N}']+){0,3}?)(?:\s+(?:one|hope|dream|goal|goals|bit|thing))?`;

const SCOPED = new RegExp(
  String.raw`^(?:(?:no|nah|nope|na|naa|ok|okay|yeah|um+|erm+)[\s,.!]+)*${FINISHED}\s+${FOR}\s+${HOPE}(?:\s+(?:now|thanks|thank\s+you|thx|ta|please|pls))*$`,
  'iu',
);

/** Words that say when or for whom, or the whole plan: never one hope. */
const NOT_A_HOPE =
  /^(?:now|today|tonight|the\s+day|day|moment|the\s+moment|minute|a\s+while|while|time\s+being|me|him|her|us|them|you|u|ya|it|everything|all|all\s+of\s+them|them\s+all|goals?|outcomes?|targets?|plan|the\s+plan|whole\s+thing|lot|the\s+lot|both|each)$/i;

/** Pointing words alone ("that one", "this hope", "that"): the hope just worked on. */
const POINTING = /^(?:one|hope|dream|goal|bit|thing|that|this|dat|dis)$/i;

export interface NoMoreForHope {
  /** The words naming the hope, or undefined when they only point at the one just worked on. */
  named?: string;
}

/** Reads "no more goals for this one hope"; undefined when the words are not that (a plain no, "thats all for now"). */
export function noMoreForHope(text: string): NoMoreForHope | undefined {
  const said = text.trim().toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').replace(/[\s.!]+$/, '');
  if (!said || said.length > 120) return undefined;
  const found = SCOPED.exec(said);
  const words = found?.[1]?.trim();
  if (!words || NOT_A_HOPE.test(words)) return undefined;
  return POINTING.test(words) ? {} : { named: words };
}
