/** How the bot words everything for one person: the standard register or easy-read. */
export const ReadingMode = { standard: 'standard', easyRead: 'easy_read' } as const;
export type ReadingMode = (typeof ReadingMode)[keyof typeof ReadingMode];
