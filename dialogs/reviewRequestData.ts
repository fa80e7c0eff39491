/** Position notes of review.change (values are strings, as positions keep them). */
export const RequestData = {
  /** At the read-back just after an outcome moved: '<outcome id> <hope it came from>', so "put it back" can undo it. */
  movedFrom: 'movedFrom',
  /** A hope there twice: '<copy id> <kept id>', waiting for a yes to take out the copy. */
  twice: 'twice',
  /** Two hopes said to be one ("join them into one: X"): 'yes', or the one hope's new words. */
  join: 'join',
  /** 'ask' (what is the new hope?), 'confirm' (add it?), 'outcome' (make its outcome now?). */
  addHope: 'addHope',
  hope: 'hope',
  about: 'about',
  hopeId: 'hopeId',
  /** Words typed at the read-back that share a key word with a hope with no goal: that hope's id, waiting for a yes (words in `hope`). */
  goalFor: 'goalFor',
  /** Words typed at the read-back or the end that say what makes things hard: 'confirm' (add them?). */
  addNeed: 'addNeed',
  need: 'need',
  needHope: 'needHope',
  /** What helps with the new hard thing, said with it ("put maths is hard. cubes help"). */
  needHelps: 'needHelps',
  /** The hope was offered from words typed at the read-back or the end: "no" adds nothing. */
  offered: 'offered',
  /** One field of the outcome `itemId` ('measure' or 'when'): new words asked for, or waiting for a yes. */
  field: 'field',
  /** New words for `itemId`, waiting for a yes. */
  newText: 'newText',
  /** The words taken out to make `newText`, read back as what goes. */
  removed: 'removed',
  /** The part of the plan a need is moving to, waiting for the need to be picked, or for a yes. */
  section: 'section',
  /** The area of Section B named with it ("under learning"), for the label beside the need. */
  area: 'area',
  /** Items that fit what was named equally, to pick from (ids, space separated). */
  choose: 'choose',
  /** The words a hope and its goal share ("football"), when `choose` is that hope and that goal. */
  hopeOrGoal: 'hopeOrGoal',
  /** Parts named in the same removal as the pick ("the swimming one and the bus one"): taken out with it, after one yes. */
  also: 'also',
  /** A part said in the wrong place, going to 'hope' or 'need', waiting to be picked or for a yes. */
  moveTo: 'moveTo',
  /** An outcome (`itemId`, or still to pick) moving to another hope: the hope's id, or 'ask' while it is picked. */
  toHope: 'toHope',
  /** Several parts named together to take out ("delete 1 and 3"), waiting for a yes (ids, space separated). */
  many: 'many',
  /** New help for every piece of an outcome's help (one a line), waiting for the outcome to be picked, or for a yes. */
  allHelp: 'allHelp',
  /** New help in the person's words for the outcome `itemId` (or one still to pick), waiting for a yes. */
  addHelp: 'addHelp',
  /** Words of an outcome (`itemId`) going 'toHelp', or help going 'outOfHelp', waiting for a yes. */
  helpMove: 'helpMove',
  /** The rest of a message that asked for several changes: '<next change> <message>'. */
  then: 'then',
  /** A part to make two ("split 4"): its id, waiting for a yes to the parts read back in `parts`. */
  split: 'split',
  /** The parts a split makes, one a line. */
  parts: 'parts',
  /** Goals getting one new date (`newText`), in the plan's order (ids, space separated), waiting for a yes. */
  dates: 'dates',
} as const;
