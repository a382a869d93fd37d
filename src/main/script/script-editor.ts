import type Database from 'better-sqlite3';
import { StudioError } from '../../shared/errors';
import type { ParsedInput, RequestOutput } from '../../shared/contract';
import type { ScriptChange } from '../../shared/script-editing';
import { createCharacter, mergeCharacters, splitCharacter, updateCharacter } from './cast-edits';
import { EditContext } from './edit-context';
import { historyState, recordEdit, redoEdit, undoEdit, type EditRecord } from './edit-history';
import { readCast, readStats } from './read-cast';
import { bookScript, chapterScript, chapterScripts } from './read-script';
import { reviewQueue } from './review-queue';
import { ChangeRecorder, type RowChange } from './row-images';
import { editText, mergeNext, setKind, setReviewed, setSceneBreak, split } from './segment-edits';
import { narratorId } from './segment-records';
import { sourceDocument } from './source-document';
import { propagate, propagationCount, setSpeaker } from './speaker-edits';
import { replace, search } from './text-search';

/** The chapters whose script an edit changed: those of every segment and correction it touched. */
function touchedChapters(changes: RowChange[]): number[] {
  const ids = new Set<number>();
  for (const c of changes) {
    if (c.table !== 'segments' && c.table !== 'speaker_corrections') continue;
    for (const row of [c.before, c.after]) if (row && typeof row.chapter_id === 'number') ids.add(row.chapter_id);
  }
  return [...ids];
}

/**
 * Reads and edits the script and the cast of one open project. Every edit is one SQLite transaction
 * and one step of the undo history, and returns what it changed re-read.
 */
export class ScriptEditor {
  constructor(readonly db: Database.Database) {}

  chapter(chapterId: number): RequestOutput<'script.chapter'> {
    return chapterScript(this.db, chapterId);
  }

  book(): RequestOutput<'script.book'> {
    return bookScript(this.db);
  }

  cast(): RequestOutput<'cast.list'> {
    return readCast(this.db);
  }

  stats(): RequestOutput<'script.stats'> {
    return readStats(this.db);
  }

  reviewQueue(input: ParsedInput<'script.reviewQueue'>): RequestOutput<'script.reviewQueue'> {
    return reviewQueue(this.db, input.threshold, input.limit);
  }

  search(input: ParsedInput<'script.search'>): RequestOutput<'script.search'> {
    return search(this.db, input);
  }

  source(): RequestOutput<'project.source'> {
    return sourceDocument(this.db);
  }

  history(): RequestOutput<'history.state'> {
    return historyState(this.db);
  }

  setSpeaker(input: ParsedInput<'script.setSpeaker'>): ScriptChange {
    const change = this.edit('script.setSpeaker', (ctx) => setSpeaker(ctx, input.segmentId, input.speaker));
    const changes = propagationCount({ db: this.db, narrator: narratorId(this.db) }, input.segmentId);
    return { ...change, propagation: { segmentId: input.segmentId, changes } };
  }

  propagate(segmentId: number): ScriptChange {
    return this.edit('script.propagate', (ctx) => propagate(ctx, segmentId));
  }

  editText(segmentId: number, text: string): ScriptChange {
    return this.edit('script.editText', (ctx) => editText(ctx, segmentId, text));
  }

  split(segmentId: number, offset: number): ScriptChange {
    return this.edit('script.split', (ctx) => split(ctx, segmentId, offset));
  }

  mergeNext(segmentId: number): ScriptChange {
    return this.edit('script.mergeNext', (ctx) => mergeNext(ctx, segmentId));
  }

  setKind(input: ParsedInput<'script.setKind'>): ScriptChange {
    return this.edit('script.setKind', (ctx) => setKind(ctx, input.segmentId, input.kind));
  }

  setSceneBreak(segmentId: number, sceneBreak: boolean): ScriptChange {
    return this.edit('script.setSceneBreak', (ctx) => setSceneBreak(ctx, segmentId, sceneBreak));
  }

  setReviewed(segmentId: number, reviewed: boolean): ScriptChange {
    return this.edit('script.setReviewed', (ctx) => setReviewed(ctx, segmentId, reviewed));
  }

  replace(input: ParsedInput<'script.replace'>): ScriptChange {
    return this.edit('script.replace', (ctx) => replace(ctx, input));
  }

  createCharacter(input: ParsedInput<'cast.create'>): ScriptChange {
    return this.edit('cast.create', (ctx) => createCharacter(ctx, input.name, input.gender));
  }

  updateCharacter(input: ParsedInput<'cast.update'>): ScriptChange {
    return this.edit('cast.update', (ctx) => updateCharacter(ctx, input));
  }

  mergeCharacters(fromId: number, intoId: number): ScriptChange {
    return this.edit('cast.merge', (ctx) => mergeCharacters(ctx, fromId, intoId));
  }

  splitCharacter(input: ParsedInput<'cast.split'>): ScriptChange {
    return this.edit('cast.split', (ctx) => splitCharacter(ctx, input));
  }

  undo(): ScriptChange {
    const edit = undoEdit(this.db);
    if (!edit) throw new StudioError('INVALID_REQUEST', 'There is nothing to undo.');
    return this.changed(edit);
  }

  redo(): ScriptChange {
    const edit = redoEdit(this.db);
    if (!edit) throw new StudioError('INVALID_REQUEST', 'There is nothing to redo.');
    return this.changed(edit);
  }

  /**
   * Runs one edit in one transaction and records the rows it changed as one undo step. An edit that
   * changes nothing (the same speaker again) leaves no step behind.
   */
  private edit(kind: string, run: (ctx: EditContext) => string): ScriptChange {
    const edit = this.db.transaction((): EditRecord => {
      const recorder = new ChangeRecorder(this.db);
      const label = run(new EditContext(this.db, recorder, narratorId(this.db)));
      const changes = recorder.finish();
      const record = { label, chapterIds: touchedChapters(changes), changes };
      if (changes.length > 0) recordEdit(this.db, kind, record);
      return record;
    })();
    return this.changed(edit);
  }

  private changed(edit: EditRecord): ScriptChange {
    return { chapters: chapterScripts(this.db, edit.chapterIds), cast: readCast(this.db), history: historyState(this.db) };
  }
}
