/*
 * What the next outcome is about, said with a lead-in: "one more about being less tired", "yes
 * one for the trains job", "can we do one on cooking", "another one about the flat please", "yeah add
 * the one about going out with my mates" (a command to add it is a yes, never the step). The
 * words after the lead-in are a topic, never the step itself: the step is asked about them.
 */

const LEAD =
  /^(?:(?:yes|yeah|yep|ye|yh|ok|okay|sure|please|pls|and|so|right|oh|go\s+on|alright)[\s,.!]+)*(?:(?:can|could|shall|may)\s+(?:we|i|u|you)\s+(?:do|add|have|make|try|write)\s+|(?:i(?:'d|\s+would)?\s+(?:like|want|wanna)\s+(?:to\s+)?(?:do|add|make|have)\s+)|(?:lets|let's|let\s+us)\s+(?:do|add|make|have)\s+|(?:add|do|make|write|start)\s+)?(?:one\s+more|another(?:\s+one)?|one|(?:the|that)\s+one|a\s+new\s+one|a\s+last\s+one|one\s+last\s+one|the\s+next\s+one|next\s+one|(?:an?\s+)?(?:outcome|step|goal))\s+(?:about|for|on|around|with|to\s+do\s+with)\s+(.+)$/i;

/**
 * "I will like one for the friend hope", "we would like another about his sleep": an outcome wished
 * for, with no verb, and only "for" or "about" before what it is about ("I'd like one on one help" is no lead-in).
 */
const WISHED =
  /^(?:(?:yes|yeah|yep|ok|okay|please|and|so|right|oh)[\s,.!]+)*(?:i|we)(?:'d|'ll|\s+would|\s+will|\s+should)?\s+(?:really\s+)?(?:like|love|want)\s+(?:one\s+more|another(?:\s+one)?|one|an?\s+(?:outcome|step|goal))\s+(?:about|for)\s+(.+)$/i;

/** The topic named after a lead-in, without "please" or a question mark; null when there is no lead-in. */
export function topicAfterLeadIn(text: string): string | null {
  const said = text.trim().replace(/\s+/g, ' ').replace(/[’‘`]/g, "'");
  const lead = LEAD.exec(said) ?? WISHED.exec(said);
  if (!lead) return null;
  const topic = (lead[1] ?? '')
    .replace(/[\s,]*(?:if\s+(?:that'?s|that\s+is|its|it'?s|it\s+is)\s+(?:alright|ok|okay|fine|allowed)|if\s+(?:i|we)\s+can|if\s+possible)[\s.!?]*$/i, '')
    .replace(/[\s,]*(?:please|pls|plz|thanks|thank\s+you|thx)[\s.!?]*$/i, '')
    .replace(/[\s.!?]+$/, '')
    .trim();
  // "one for me" names nobody's topic.
  return /\p{L}{3,}/u.test(topic) && !/^(?:me|him|her|them|us|it|that|this)$/i.test(topic) ? topic : null;
}
