import { DAD, MUM, MUMS, PARTNER, STEP_DAD } from '../familyWords';
import { saidAsNormal, type Rule } from './shared';

/**
 * Domestic abuse a young person lives with, told sideways: a parent's partner holding her bank card,
 * deciding what she may spend, not letting her have her own money, going through her phone. Told
 * as if normal ("its whatever tho its not that bad"), so a shrug beside it does not make it ordinary.
 * Only a partner or step-parent as the one in control, and only a parent as the one controlled:
 * a parent keeping a child's card safe, or checking a child's phone, is left alone, and so are
 * parents arguing about money or doing the budget.
 */

/** A partner or step-parent named outright (never "he" or "dad" alone): needed where the act alone is ordinary. */
const NAMED_PARTNER = `(?:her\\s+(?:new\\s+)?(?:${PARTNER})|(?:my\\s+)?(?:${MUMS})\\s+(?:new\\s+)?(?:${PARTNER})|(?:my\\s+)?(?:${STEP_DAD}))`;
/** The one in control: a parent's partner, a step-parent, or "he" (the partner just named). */
const CONTROLLER = `(?:he|hes|${NAMED_PARTNER}|(?:my\\s+)?(?:${DAD}))`;
/** The parent controlled. */
const PARENT = `(?:her|(?:my\\s+)?(?:${MUM}))`;
/** A parent's money and the means to it. */
const MONEY = '(?:bank\\s+cards?|cards?|money|cash|wages|benefits|purse|pin|pay)';
/** Kept "safe" or "for her" at her asking is care, not control. */
const NOT_CARE = '(?![^~]{0,25}\\b(?:safe|safely|savings?|account|for\\s+her|so\\s+she\\s+doesnt\\s+lose|because\\s+she\\s+(?:asked|loses|lost)|cos\\s+she\\s+(?:asked|loses|lost))\\b)';

export const PARENT_CONTROLLED: readonly Rule[] = [
  // "he keeps her bank card", "mums boyfriend took her purse", "my step dad has her bank card".
  // "he took her money" alone may be theft by anyone: "he" only keeps, hides or controls it.
  saidAsNormal('domestic_abuse', `(?:\\b${NAMED_PARTNER}|\\b(?:my\\s+)?(?:${DAD}))\\s+(?:\\w+\\s+)?(?:keeps|kept|takes|took|hides|hid|controls|controlled)\\s+(?:${PARENT}|(?:my\\s+)?(?:${MUMS}))\\s+(?:own\\s+)?${MONEY}\\b${NOT_CARE}|\\b(?:he|hes)\\s+(?:\\w+\\s+)?(?:keeps|kept|hides|hid|controls|controlled)\\s+(?:${PARENT}|(?:my\\s+)?(?:${MUMS}))\\s+(?:own\\s+)?${MONEY}\\b${NOT_CARE}`),
  // "decides what she can spend", "says what mum is allowed to buy".
  saidAsNormal('domestic_abuse', `\\b${CONTROLLER}\\s+(?:\\w+\\s+)?(?:decides|decided|says|said|tells\\s+her|chooses)\\s+what\\s+(?:she|(?:my\\s+)?(?:${MUM}))\\s+(?:can|could|is\\s+allowed\\s+to|s\\s+allowed\\s+to|gets\\s+to|may)\\s+(?:spend|buy|have|wear|eat)\\b`),
  // "wont let mum have her own money", "doesnt let her see her friends".
  saidAsNormal('domestic_abuse', `\\b${CONTROLLER}\\s+(?:\\w+\\s+)?(?:wont|will\\s+not|doesnt|does\\s+not|didnt|never)\\s+lets?\\s+${PARENT}\\s+(?:have|keep|spend|touch|use|get|see|go\\s+out|talk\\s+to)\\s+(?:her\\s+own|any|her)\\s+(?:${MONEY}|friends|family|mates|sister|mum)\\b`),
  // "my step dad checks her phone", "mums boyfriend goes through her messages": a partner named outright.
  saidAsNormal('domestic_abuse', `\\b${NAMED_PARTNER}\\s+(?:\\w+\\s+){0,8}?(?:checks|checked|goes\\s+through|went\\s+through|reads|looks\\s+through|tracks)\\s+(?:her|mums|my\\s+mums)\\s+(?:phone|messages|texts|location)\\b|\\b(?:he|hes)\\s+(?:also\\s+)?(?:checks|goes\\s+through|reads|tracks)\\s+(?:her|mums)\\s+(?:phone|messages|texts|location)\\b(?=[^~]*\\b(?:wont\\s+let|keeps\\s+her|decides|boyfriend|step\\s*dad|partner)\\b)|\\b(?:wont\\s+let|keeps\\s+her|decides)\\b[^~]*\\b(?:he|hes)\\s+(?:also\\s+)?(?:checks|goes\\s+through|reads|tracks)\\s+(?:her|mums)\\s+(?:phone|messages|texts|location)\\b`),
];

/** This file's families, by name. */
export const PARENT_CONTROLLED_FAMILIES = { parentControlled: PARENT_CONTROLLED };
