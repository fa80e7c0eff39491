import { THEMES, type ThemeId } from '../domain/vocabulary';

/**
 * The labels the analysis gives (definitions in data/language/README.md, from the seeds):
 * aspiration (long-term hope), need (a barrier, or requiring help), target (a short step of about a
 * term), provision (support, help, hours, therapy, equipment), outcome (the difference made).
 */
export const STATEMENT_KINDS = ['aspiration', 'need', 'target', 'provision', 'outcome'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export { THEMES, type ThemeId };
