/**
 * The school year (England, Reception = 0) of a child from their age alone. In the autumn term
 * children of one age sit in two years (birthdays from September to December have not all come
 * yet), so there is no answer then and the bot asks.
 */
export function schoolYearFromAge(age: number, today: Date): number | undefined {
  const month = today.getUTCMonth() + 1;
  if (month >= 9) return undefined;
  const year = age - 5;
  return year >= 0 && year <= 13 ? year : undefined;
}
