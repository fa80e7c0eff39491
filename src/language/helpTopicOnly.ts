/*
 * "the bus", "money", "the till" given alone as the help needed: the thing help is needed with,
 * not the help itself. It is kept as "help with the bus", so the plan never lists a bus as provision.
 * Only everyday things people need help with count; "a laptop" or "breaks" are help as they stand.
 */

const THING_HELPED_WITH =
  /^(?:the\s+|a\s+|my\s+)?(?:bus(?:es)?|bus\s+stop|train(?:s)?|train\s+station|tube|tram|taxi|coach|travel(?:l?ing)?|journey|roads?|crossing(?:\s+the)?\s+roads?|money|maths|math|reading|writing|spelling|homework|shopping|cooking|till|stairs|crowds|queues?|tickets?)$/i;

/** "help with the bus" for "the bus" said alone; undefined when the words name help already. */
export function helpWithThing(item: string): string | undefined {
  const plain = item.trim().replace(/[.!?]+$/, '');
  return THING_HELPED_WITH.test(plain) ? `help with ${plain}` : undefined;
}
