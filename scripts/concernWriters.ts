/**
 * The writers of the leave-one-writer-out checks (concernLowo.ts and concernLowoFast.ts): the newest
 * training sets written apart from the code, one writer each. One list, so both checks leave out the
 * same writers; a set joins here when it joins the corpus (corpus.ts) and the dev split.
 */
export const CONCERN_WRITERS = [
  'train8',
  'train9',
  'train10',
  'train11',
  'train12',
  'train13',
  'train14',
  'train15',
  'train17',
  'train18',
  'train27',
  'train28',
  'train36',
  'train37',
  'train38',
  'train39',
  'train40',
  'train41',
] as const;

export type ConcernWriter = (typeof CONCERN_WRITERS)[number];
