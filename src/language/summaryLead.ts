/*
 * "Short version: he gets overwhelmed and ...", "long story short, he can't ...": words that only say
 * how the answer is told, never part of what goes in the plan. Only taken off before a mark
 * (colon, comma, dash, full stop), so "basically he can't talk" is kept as said.
 */
const SUMMARY_LEAD =
  /^\s*(?:(?:the|a|ok|okay|so|right)\s+)*(?:short|shorter|quick|quicker|brief|simple|simpler)\s+(?:version|answer)(?:\s+(?:is|would\s+be))?\s*[:,.\-\u2013\u2014]+\s*|^\s*(?:long\s+story\s+short|in\s+short|in\s+brief|in\s+a\s+nutshell|to\s+sum\s+(?:it\s+|this\s+)?up|basically|tl\s*;?\s*dr)\s*[:,.\-\u2013\u2014]+\s*/i;

/** The answer without a lead-in that only says it is told in short; unchanged when nothing would be left. */
export function withoutSummaryLead(text: string): string {
  const rest = text.replace(SUMMARY_LEAD, '');
  return /[\p{L}\p{N}]/u.test(rest) ? rest : text;
}
