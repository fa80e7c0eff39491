import { normaliseMessage } from './text';

/*
 * Answers to "do you feel safe?" that say yes but leave the door open. "ye i can handle myself", "ive learnt to deal
 * with it", "yeah mostly i just keep my head down": things may happen, so a soft question follows, never a flag.
 * "yes. the door has a lock": safe read literally as locks and doors, so the question about people follows.
 */
const COPES =
  /\b(?:i\s+can|i\s+cn|i\s+know\s+how\s+to|i\s+just|i)\s+(?:handle|look\s+after|take\s+care\s+of|deal\s+with|stick\s+up\s+for|sort)\s+(?:myself|my\s+self|meself|me\s+self|it|them)\b|\b(?:ive|i\s+have|i)\s+(?:learnt|learned|learnd|got\s+used)\s+to\s+(?:deal\s+with|handle|cope\s+with|live\s+with|ignore)\s+(?:it|them|that)\b|\b(?:keep|kept)\s+my\s+head\s+down\b/;

const LITERAL =
  /^(?:(?:yes|yeah|yeh|ye|yep|yh)\s+)?(?:(?:the|my|our)\s+(?:front\s+)?(?:door|doors|house|flat|room|bedroom)\s+(?:has|have|got|is)\s+(?:a\s+|got\s+a\s+)?(?:locks?|lock\s+on\s+it|locked|alarm)|(?:i|we)\s+(?:have|got)\s+(?:a\s+)?(?:locks?|alarm|smoke\s+alarm)(?:\s+on\s+(?:the|my|our)\s+doors?)?|(?:i|we)\s+lock\s+(?:the|my|our)\s+doors?)\s*$/;

export type HedgedSafe = 'copes' | 'literal';

export function readHedgedSafe(text: string): HedgedSafe | undefined {
  const said = normaliseMessage(text);
  if (!said || said.split(/\s+/).length > 16) return undefined;
  if (COPES.test(said)) return 'copes';
  return LITERAL.test(said) ? 'literal' : undefined;
}
