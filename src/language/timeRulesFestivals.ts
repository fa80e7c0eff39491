/*
 * Festivals that follow the moon, said as a time: "by eid", "after diwali", "before ramadan",
 * "by chinese new year", "eid next year". Their days come from the table in
 * src/domain/festivals.ts; the phrase kept is the person's own words.
 */
import { festivalEnd, type Festival, type FestivalPart } from '../domain/festivals';
import type { Rule } from './timeContext';
import { rx } from './timePatterns';

/** Ramadan, Diwali and Chinese New Year as people type them, with the table's name for each (Eid is read apart). */
const NAMES: ReadonlyArray<readonly [RegExp, Festival]> = [
  [/^ram/, 'ramadan'],
  [/^(?:diw|div|deep)/, 'diwali'],
  [/new\s+year/, 'chinese_new_year'],
];

const EID = "(?:(?:big|small|little|bakri|bakra)\\s+)?(?:eid|eed)(?:\\s*[-']?\\s*(?:al|ul|el)?\\s*-?\\s*(?:fitr|fitar|adha|adah|ada|azha|ul\\s+adha))?";
const FESTIVAL = `(${EID}|ramadan|ramadhan|ramzan|ramadam|ramadaan|ramazan|diwali|divali|diwaali|deepavali|deepawali|(?:chinese|lunar)\\s+new\\s+year)`;
/** "next year", "this year", "2028": which year's festival. */
const WHICH_YEAR = '(?:\\s+(?:of\\s+)?(next\\s+year|nxt\\s+year|this\\s+year|20\\d\\d))?';
/**
 * The words before it that make it a time: "by", "before", "after", "the end of", "in time for".
 * "for eid we went to my aunties" and "during ramadan i fast" tell what happens then, not by when.
 */
const LEAD =
  '(by|b4|before|befor|bfore|after|aftr|until|untill|till|til|in\\s+time\\s+for|ready\\s+for|around|(?:by\\s+|at\\s+|before\\s+)?(?:the\\s+)?end\\s+of)';

function festivalOf(said: string): Festival | 'eid' | null {
  const words = said.replace(/\s+/g, ' ');
  if (/^(?:eid|eed|big|small|little|bakri|bakra)/.test(words)) {
    if (/^(?:big|bakri|bakra)\s/.test(words) || /adh?a|adah|azha/.test(words)) return 'eid_al_adha';
    if (/^(?:small|little)\s/.test(words) || /fit|ramadan/.test(words)) return 'eid_al_fitr';
    return 'eid';
  }
  return NAMES.find(([re]) => re.test(words))?.[1] ?? null;
}

function partOf(lead: string, festival: Festival | 'eid'): FestivalPart {
  const l = lead.replace(/\s+/g, ' ');
  if (/^(?:before|b4|befor|bfore)$/.test(l)) return 'before';
  if (/^(?:after|aftr)$/.test(l)) return 'after';
  // "by the end of ramadan": done by the time it ends. Other festivals are one day.
  if (/end of/.test(l)) return festival === 'ramadan' ? 'end' : 'by';
  return 'by';
}

export const FESTIVAL_RULES: readonly Rule[] = [
  // "by eid", "before ramadan", "after diwali", "by chinese new year", "eid next year", "diwali 2028"
  {
    re: rx(`\\b(?:${LEAD}\\s+)?(?:the\\s+)?(?:(next|nxt|this)\\s+)?${FESTIVAL}${WHICH_YEAR}\\b(?!\\s+(?:party|parties|clothes|outfit|dinner|lunch|meal|food|presents?|gifts?|money|prayers?|celebrations?|lights?|lamps?|show|assembly|fair|market|card|cards|holidays?|break))`),
    // "ramadan this year" alone tells when something happens, not by when: a lead or a later year is needed.
    strong: (m) => Boolean(m[1] || m[2] || /^(?:next|nxt|20)/.test(m[4] ?? '')),
    weakOk: false,
    resolve: (m, c) => {
      const festival = festivalOf(m[3] ?? '');
      if (!festival) return null;
      const which = (m[4] ?? '').replace(/\s+/g, ' ');
      const year = /^20\d\d$/.test(which) ? Number(which) : /^(?:next|nxt)/.test(which) ? c.today.year + 1 : /^this/.test(which) ? c.today.year : undefined;
      return festivalEnd(festival, partOf(m[1] ?? 'by', festival), c.today, year);
    },
  },
];
