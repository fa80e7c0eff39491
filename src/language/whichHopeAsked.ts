/*
 * "which one tho. the mechanic one?", "which hope?", "for which one", "wait is this the college
 * one?": a question about which hope the question is about. It is answered, never kept.
 */

const WHICH = /\b(?:which|wich|witch|wat|what)\s+(?:one|hope|dream|thing|bit)\b(?!\s+(?:helps|is\s+hard|makes))|\b(?:is\s+(?:this|that|it)|do\s+you\s+mean|u\s+mean|you\s+mean|for)\s+(?:the|my)\s+[a-z' ]{2,30}\s+(?:one|hope)\s*\?/i;

/** Whether the message only asks which hope is being talked about. */
export function asksWhichHope(text: string): boolean {
  const said = text.toLowerCase().replace(/[\u2018\u2019]/g, "'").trim();
  if (said.length > 80 || !WHICH.test(said)) return false;
  // A question, or short: "which one tho". A long answer that says "which one" is an answer.
  return /\?/.test(said) || said.split(/\s+/).length <= 8;
}
