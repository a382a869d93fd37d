import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { processAlive } from '../../render/process-alive';
import { statement } from '../../script/statements';

/**
 * The renders under way on a project, recorded in the project itself: the studio runs one render at
 * a time, but the command line (another process) can render the same project meanwhile, and the
 * blocks one removes may be the blocks the other is about to join. A lease whose process has ended
 * (a render that was killed) no longer counts and is cleared when seen.
 */
export class RenderLeases {
  constructor(private readonly db: Database.Database) {}

  take(): string {
    const owner = randomBytes(8).toString('hex');
    statement(this.db, 'INSERT INTO render_leases (owner, pid, at) VALUES (?, ?, ?)').run(owner, process.pid, new Date().toISOString());
    return owner;
  }

  release(owner: string): void {
    statement(this.db, 'DELETE FROM render_leases WHERE owner = ?').run(owner);
  }

  /** Whether a render other than `owner` (null: any render) is under way on this project. */
  othersRunning(owner: string | null): boolean {
    const rows = statement(this.db, 'SELECT owner, pid FROM render_leases').all() as Array<{ owner: string; pid: number }>;
    let running = false;
    for (const row of rows) {
      if (row.owner === owner) continue;
      if (processAlive(row.pid)) running = true;
      else this.release(row.owner);
    }
    return running;
  }
}
