/** One numbered schema step. A shipped migration never changes: append a new one instead. */
export interface Migration {
  version: number;
  sql: string;
}
