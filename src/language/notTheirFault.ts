import { normaliseMessage } from './text';

/*
 * A parent or carer standing up for their child, with nothing else said: "its not his fault", "she
 * cant help it", "he doesnt mean it". Said after telling of the child's behaviour, it is neither a
 * new worry nor an answer to the question open: it is heard kindly, never kept.
 */

const DEFENCE =
  /^(?:(?:but|and|well|honestly|look|i\s+mean|to\s+be\s+fair|tbh|please\s+know|just\s+so\s+you\s+know|remember)\s+)*(?:(?:it|that|this)\s*(?:s|is|was|isnt|wasnt)?\s*(?:not|never|isnt|wasnt)?\s*(?:his|her|their)\s+(?:fault|doing)|(?:its|it\s+is|thats)\s+no\s*(?:ones|bodys|body)\s+fault|(?:he|she|they)\s+(?:cant|cannot|can\s+not|couldnt|doesnt|does\s+not|dont|do\s+not)\s+(?:help\s+it|mean\s+(?:it|to|any\s+harm)|do\s+it\s+on\s+purpose)|(?:he|she|they)\s+(?:is|s|are|re|isnt|arent)\s+not\s+(?:naughty|bad|a\s+bad\s+(?:kid|boy|girl|child))|(?:he|she)\s+(?:isnt|is\s+not)\s+(?:naughty|bad)|not\s+(?:his|her|their)\s+fault)(?:\s+(?:at\s+all|really|though|tho|honestly|you\s+know|poor\s+thing|bless\s+(?:him|her)))*$/;

/** The whole message only says the child is not to blame. */
export function defendsTheChild(text: string): boolean {
  if (text.length > 200) return false;
  const parts = text.split(/[.!?;,\n]+|\s+-\s+/).map(normaliseMessage).filter(Boolean);
  return parts.length > 0 && parts.every((part) => DEFENCE.test(part));
}
