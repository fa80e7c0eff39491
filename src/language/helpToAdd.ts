/*
 * "add help for the bus outcome: my job coach comes with me once a week", "put my job coach
 * comes with me as help for the bus one": new help (provision) asked for under one outcome at the
 * review. Only the outcome's name and the person's own words for the help are read here; which
 * outcome that is, is the draft's business.
 */

export interface HelpToAdd {
  /** How the outcome was named ("bus", "outcome 2"). */
  outcome: string;
  /** The help in the person's own words. */
  help: string;
}

const ASKING = String.raw`(?:(?:can|could)\s+(?:you|u|i|we)\s+|(?:please|pls|plz)\s+|i\s+(?:want|wanna|would\s+like)\s+(?:to\s+)?)?`;
const HELP = String.raw`(?:some\s+|more\s+|new\s+|extra\s+|this\s+|the\s+|a\s+bit\s+of\s+)?(?:help|support)`;
const LINK = String.raw`(?:for|to|under|on|with|in|into)`;
const OUTCOME = String.raw`(?:(?:the|my|his|her|their)\s+)?(.{2,60}?)(?:\s+(?:one|outcome|goal|target|bit))?`;

/** "add help for the bus outcome: my job coach ...": the help follows the outcome after a colon or dash. */
const HELP_FIRST = new RegExp(String.raw`^${ASKING}(?:add|put)\s+${HELP}\s+${LINK}\s+${OUTCOME}\s*(?::|\s-+|–|,)\s*(.{3,})$`, 'i');
/** "add my job coach comes with me as help for the bus one": the help comes first. */
const WORDS_FIRST = new RegExp(String.raw`^${ASKING}(?:add|put)\s+(.{3,}?)\s+(?:as|to|in|into|under)\s+(?:the\s+)?(?:help|support)\s+(?:for|of|on|under|in)\s+${OUTCOME}[\s.!]*$`, 'i');

/** "you forget 'more time for writing'. please add for ask teacher goal": quoted words, then the goal they go under. */
const QUOTED = /["'“‘]([^"'“”‘’]{3,120})["'”’]/;
const ADD_FOR_GOAL = /\b(?:add|put)\s+(?:it\s+|this\s+|that\s+|them\s+)?(?:in\s+)?(?:for|to|under|on|with)\s+(?:the\s+|my\s+|his\s+|her\s+)?(.{2,60}?)\s+(?:goal|outcome|target)\b/i;

/**
 * "put some help in for me, I struggle", "put help on the form, mum helps me": a person, the form
 * or the plan where an outcome would be named. These are remarks about help, never a request
 * naming an outcome, so nothing is read from them.
 */
const NAMES_NO_OUTCOME = /^(?:(?:for|to|with)\s+)?(?:the\s+|my\s+|this\s+|that\s+)?(?:me|him|her|them|us|you|u|it|this|that|there|here|everything|all|form|forms|plan|page|list|sheet|paper|document|app|thing|things|bit|stuff|one)$/i;

const tidy = (words: string): string => words.trim().replace(/^["'“]+|["'”.!\s]+$/g, '').trim();

/** The outcome named and the new help, when the message asks to add help to an outcome; else null. */
export function readHelpToAdd(text: string): HelpToAdd | null {
  const said = text.trim();
  const first = HELP_FIRST.exec(said);
  if (first) return readOf(first[1]!, first[2]!);
  const later = WORDS_FIRST.exec(said);
  if (later) return readOf(later[2]!, later[1]!);
  const quoted = QUOTED.exec(said);
  const goal = quoted ? ADD_FOR_GOAL.exec(said.slice(quoted.index + quoted[0].length)) : null;
  return quoted && goal ? readOf(goal[1]!, quoted[1]!) : null;
}

function readOf(outcome: string, help: string): HelpToAdd | null {
  const named = tidy(outcome);
  const words = tidy(help);
  if (NAMES_NO_OUTCOME.test(named)) return null;
  return named && words.split(/\s+/).length >= 2 ? { outcome: named, help: words } : null;
}
