/*
 * "which one tho. the mechanic one?", "which hope?", "for which one", "wait is this the college
 * one?", "are we now talking about the friend hope?": a question about which hope the question is about. It is answered, never kept.
 */

const WHICH = /\b(?:which|wich|witch|wat|what)\s+(?:one|hope|dream|thing|bit)\b(?!\s+(?:helps|is\s+hard|makes))|\b(?:is\s+(?:this|that|it)|do\s+you\s+mean|u\s+mean|you\s+mean|for)\s+(?:the|my)\s+[a-z' ]{2,30}\s+(?:one|hope)\s*\?/i;

/** "are we now talking about the friend hope?", "are we still on the talking one?": asked of the hope the bot is on. */
const ARE_WE_ON = /\b(?:are|r)\s+(?:we|u|you)\s+(?:now\s+|still\s+|just\s+)?(?:talking|talkin|doing|on|asking|looking\s+at|working\s+on)\s+(?:about\s+)?(?:the|my|his|her|this|that)\s+(?:[a-z'-]+\s+){0,5}?(?:one|hope|dream)\s*(?:now\s*|then\s*|again\s*)?\?/i;

/** Whether the message only asks which hope is being talked about. */
export function asksWhichHope(text: string): boolean {
  const said = text.toLowerCase().replace(/[\u2018\u2019]/g, "'").trim();
  if (said.length > 80 || !(WHICH.test(said) || ARE_WE_ON.test(said))) return false;
  // A question, or short: "which one tho". A long answer that says "which one" is an answer.
  return /\?/.test(said) || said.split(/\s+/).length <= 8;
}
