import { detectConcern } from './concern';
import { normaliseMessage } from './text';

/*
 * "biscuit ate mi sok yesterday lol", "Alfie kiked me in fotbal it was a accident lol": a short
 * funny story told with a laugh, at a question about a hope, that shares nothing with what the
 * question is about. It is a story beside the chat, never the answer; the question is asked again.
 * "my dog helps me calm down lol" and "it helps me run faster lol" say how things help or feel,
 * so they stay answers, and so does anything that may be a worry ("my dad hits me lol").
 */

/** The laugh at the end: "lol", "haha", "lmao", a laughing face. */
const LAUGH_AT_END = /(?:[\s,.!]*(?:lo+l+|lmf?a+o+|ha(?:ha)+h?|he(?:he)+|rofl|😂|🤣|😆))+[\s.!]*$/iu;
/** Words that answer a question about a hope: what helps, how it feels, what they want or could do. */
const ANSWER_WORDS =
  /\b(?:help\w*|feel\w*|felt|happy|happier|calm\w*|proud|confident|brave|better|easier|safe|safer|want\w*|wont|would|wud|could|cud|can|cant|will|need\w*|learn\w*|makes?|so i|so that|because|cos|coz|cuz|able|more|less|good at|like|love|enjoy\w*)\b/;
/** Something that happened: a time, "was", or a past-tense word ("ate", "kiked", "fell"). */
const HAPPENED = /\b(?:yesterday|today|last (?:night|week)|earlier|this morning|was|were|did|ate|fell|fall|broke|got|went|\w{2,}ed)\b/;
/** Little words that share no topic. */
const SMALL_WORDS = new Set('the and but with for you your his her him she they them this that then what when its was were did are was has had have not all one out got get mi me my our'.split(' '));

function topicStems(text: string): string[] {
  return normaliseMessage(text)
    .split(' ')
    .filter((w) => w.length >= 3 && !SMALL_WORDS.has(w))
    .map((w) => w.slice(0, 4));
}

/** True when the message is a laughed story that shares no word with the question's topic. */
export function laughedStoryBeside(text: string, topic: string): boolean {
  const said = text.trim();
  if (!LAUGH_AT_END.test(said)) return false;
  const story = normaliseMessage(said.replace(LAUGH_AT_END, ''));
  const words = story.split(' ').filter(Boolean);
  if (words.length < 3 || words.length > 16) return false;
  if (ANSWER_WORDS.test(story) || !HAPPENED.test(story)) return false;
  const topicWords = topicStems(topic);
  const shared = topicStems(story).some((w) => topicWords.some((t) => t.startsWith(w) || w.startsWith(t)));
  if (shared) return false;
  // A worry told with a laugh is still a worry: never set aside.
  return !detectConcern(said).concern;
}
