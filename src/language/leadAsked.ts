import { normaliseMessage, sentencesOf } from './text';

/*
 * After a worry was noted, questions about the person who reads the note: "whats a safeguarding
 * lead", "u keep saying safeguarding lead. who is that", "will someone come to my house because of
 * what i said about him". They get a short, true answer (who the lead is, what happens next, that
 * this chat sends nobody), never kept as part of the plan. Matched on the normalised message.
 */

// "the safe adult" and "the safe person" are the bot's own easy words for the lead, asked back as said.
const LEAD = String.raw`(?:safe\s*guarding|safeguard)\s+(?:lead|leader|person|officer|adult|people)|safe\s+(?:adult|person|grown\s*up)`;
/** The lead named anywhere in a sentence. */
const LEAD_NAMED = new RegExp(String.raw`\b(?:${LEAD})\b`);

/** "who is the safeguarding lead", "whats a safeguarding lead", "what does a safeguarding lead do". */
const WHO_IS_LEAD = new RegExp(
  // "wot safe adult??", typed as said.
  String.raw`\b(?:who|what|wot|wat|wht|wut)\s*(?:is|s|are|r|even\s+is|exactly\s+is)?\s+(?:the|a|an|this|that|my|your|ur|these|those)?\s*(?:${LEAD})\b|\b(?:what|wot|wat)\s+(?:does|do|will|would|can)\s+(?:the|a|my|this|that)\s+(?:${LEAD})\s+do\b`,
);

/** "who is that", "whos that", "who r they": asked in a message that names the lead. */
const WHO_IS_THAT = /\b(?:who|what)\s*(?:is|s|are|r)?\s+(?:that|they|them|this|it|he|she)\b|\bwhos\s+(?:that|they|this|it)\b/;

const VISITOR = String.raw`(?:they|someone|somebody|some\s+one|anyone|anybody|any\s+one|people|you|u|the\s+lead|the\s+(?:${LEAD})|a\s+(?:${LEAD})|a\s+safe\s+adult|an\s+adult)`;
const PLACE = String.raw`(?:(?:to|at|round\s+to|over\s+to)\s+(?:my|our|me|the)\s+(?:house|home|flat|door|place|mums|mams|moms|mum\s*s)|to\s+my\s+mums\s+house|round|over|here|to\s+see\s+me|home|to\s+me|for\s+me)`;

/** "are they gonna come to my house", "will someone come round", "is anyone going to turn up at my door". */
const VISIT = new RegExp(
  String.raw`\b(?:will|would|are|r|is|do|does|gonna|going\s+to)\s+${VISITOR}\s+(?:going\s+to\s+|gonna\s+|gna\s+|have\s+to\s+|be\s+|ever\s+|actually\s+|really\s+)*(?:come|coming|visit|visiting|turn\s+up|turning\s+up|show\s+up|showing\s+up|knock|knocking|call\s+round)\b(?:\s+${PLACE}\b|\s+on\s+(?:my|our|the)\s+door\b|(?=\s*$))`,
);

/** Whether the message asks who the safeguarding lead is, or whether someone will come to their house. */
export function asksAboutTheLead(text: string): boolean {
  if (text.length > 400) return false;
  const sentences = sentencesOf(text).map(normaliseMessage).filter(Boolean);
  const namesLead = sentences.some((s) => LEAD_NAMED.test(s));
  return sentences.some((s) => WHO_IS_LEAD.test(s) || VISIT.test(s) || (namesLead && WHO_IS_THAT.test(s)));
}
