/** The little the stores say about themselves: never keys, values or anything a person wrote. */
export interface StoreLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export const silentLog: StoreLog = { info() {}, warn() {} };
