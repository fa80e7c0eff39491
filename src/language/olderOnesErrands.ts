import { clearedConcernText } from './concernRuleMatch';
import { OLDER_ONES_ERRANDS } from './concernRules/olderOnesErrands';

/** "older lads ... giving him sweets and asking him to run to the shop for them": the signs named back to a parent. */
export const tellsOfOlderOnesErrands = (text: string): boolean => OLDER_ONES_ERRANDS.test(clearedConcernText(text));
