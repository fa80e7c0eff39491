import type { Translate } from './index';

/**
 * A translator that says some sentences with their twin: headings written in the young person's
 * own voice ("What people like about me") read about the child ("What people like about Leo") in a
 * parent's or carer's draft. Every twin is named in a map of keys, never built from a key.
 */
export function withTwins(t: Translate, twins: Readonly<Record<string, string>>, vars: Record<string, string>): Translate {
  return (key, more) => (twins[key] ? t(twins[key], { ...vars, ...more }) : t(key, more));
}
