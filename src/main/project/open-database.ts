import Database from 'better-sqlite3';
import { StudioError } from '../../shared/errors';
import { migrate } from './migrations';

/** Opens a project file with the settings every connection needs, bringing its schema up to date. */
export function openDatabase(path: string, options: { create?: boolean } = {}): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: !options.create });
  } catch (error) {
    throw new StudioError('PROJECT_ERROR', `The project ${path} could not be opened: ${message(error)}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 2000');
    if (!options.create) {
      const check = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get() as { n: number };
      if (check.n === 0) throw new StudioError('PROJECT_ERROR', `${path} is not a Dramatis project.`);
    }
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof StudioError) throw error;
    throw new StudioError('PROJECT_ERROR', `The project ${path} could not be opened: ${message(error)}`);
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
