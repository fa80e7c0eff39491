/*
 * Family and carers as people type them, shared by the readers that need to know who is meant
 * (a card kept safe, travel alone, someone said not to be the worry, family who hurt or control,
 * someone at home told of beside a hope). Each is an alternation
 * without groups or "my", to be put in a group by the reader that uses it.
 */

/** A grandmother: "nan", "nanna", "granny". */
export const GRAN = 'nan|nana|nanna|gran|granny|grandma';
/** A grandfather. */
export const GRANDAD = 'grandad';
/** A mother: "mum", "mam", "mom". */
export const MUM = 'mum|mam|mom';
/** A father. */
export const DAD = 'dad';
/** A mother's, as people type it with no apostrophe: "mums boyfriend". */
export const MUMS = 'mums|mams|moms';
/** A step-father: "step dad", "stepdad". */
export const STEP_DAD = 'step\\s*dad';
/** A step-parent: "step dad", "stepmum". */
export const STEP_PARENT = `${STEP_DAD}|step\\s*mum`;
/** A parent, as a small child calls them. */
export const PARENT_FONDLY = 'mummy|daddy';
/** A brother or sister. */
export const SIBLING = 'brother|sister';
/** A partner: "boyfriend", "bf", "husband", "fella". */
export const PARTNER = 'boyfriend|bf|partner|husband|fella';
/** An aunt: "auntie", "aunt". */
export const AUNT = 'auntie|aunt';
/** An uncle. */
export const UNCLE = 'uncle';
/** A carer at home. */
export const CARER = 'carer|carers';
/** Paid workers who support a young adult day to day. */
export const SUPPORT_STAFF = 'support\\s+worker|staff';
/** Workers with a role in a young person's care: support, key and social workers, foster carers, staff. */
export const CARE_WORKERS = `key\\s*worker|social\\s+worker|foster\\s+carer|${SUPPORT_STAFF}`;

/** Parents and grandparents, aunts and uncles. */
export const FAMILY = `${GRAN}|${GRANDAD}|${MUM}|${DAD}|${AUNT}|${UNCLE}`;

/**
 * Anyone in the family as a doer or a giver ("his step dad", "my nanny", "her mums boyfriend"):
 * parents (also as a small child calls them) and step-parents, brothers and sisters, grandparents,
 * aunts, uncles, cousins, a parent's partner. One list, so every reader of who did or gave a thing
 * means the same family.
 */
export const RELATIVE = `(?:step\\s*)?(?:${MUM}|${DAD}|${PARENT_FONDLY}|${SIBLING})|${GRAN}|nanny|${GRANDAD}|grandpa|${AUNT}|${UNCLE}|cousin|mums\\s+(?:boyfriend|partner)|dads\\s+(?:girlfriend|partner)`;
