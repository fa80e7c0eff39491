import { r, type Rule } from './shared';

/**
 * Substance misuse told in everyday words: drinking a parent's alcohol, cough medicine or gas for
 * a high, cans and spliffs every day, waking up in hospital after a night out.
 */
export const SUBSTANCE_USE: readonly Rule[] = [
  r('other', '\\b(?:drink|drinks|drank|drinking|nick|nicked|steal|stole|take|took|taking)\\s+(?:my\\s+)?(?:mums|dads|my\\s+mums|my\\s+dads|my\\s+parents|parents|nans)\\s+(?:wine|vodka|beer|cans|gin|cider|whisky|alcohol|drink|pills|tablets|weed)\\b|\\b(?:cough\\s+(?:medicine|syrup)|lean|gas|nos|aerosols?|glue|pills|tablets|spice)\\s+(?:for|to\\s+get)\\s+(?:the\\s+|a\\s+)?(?:high|buzz|feeling|trip)\\b|\\bget\\s+high\\s+(?:on|off)\\b'),
  r('other', '\\b(?:cans|spliffs?|joints?|a\\s+spliff|a\\s+joint|a\\s+few\\s+cans|vodka|weed|blunts?|bongs?)\\b[^~]{0,30}\\b(?:every\\s+(?:day|night|morning)|before\\s+(?:school|college|work)|at\\s+lunch|to\\s+cope|to\\s+sleep|to\\s+forget|in\\s+the\\s+morning)\\b|\\b(?:so|proper|really|that)\\s+(?:wasted|smashed|drunk|high|off\\s+my\\s+face)\\b[^~]{0,30}\\b(?:hospital|ambulance|woke\\s+up|blacked\\s+out|passed\\s+out|cant\\s+remember|dont\\s+remember)\\b|\\b(?:woke\\s+up|ended\\s+up)\\s+in\\s+(?:hospital|a\\s+and\\s+e|a\\s+stranger)\\b[^~]{0,30}\\b(?:drunk|drinking|wasted|pills|high|vodka|alcohol)\\b'),
];
