/*
 * Family and carers as people type them, shared by the readers that need to know who is meant
 * (a card kept safe, travel alone, someone said not to be the worry). Each is an alternation
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
