import type { scriptRequests } from '../../shared/requests/script-requests';
import type { ScriptChange } from '../../shared/script-editing';
import type { ProjectSession } from '../project/project-session';
import { ScriptEditor } from '../script/script-editor';
import type { DomainHandlers } from './handlers';
import type { Studio } from './studio';

export function scriptHandlers(studio: Studio): DomainHandlers<typeof scriptRequests> {
  // One editor per open project, so its prepared statements live as long as the connection.
  const editors = new WeakMap<ProjectSession, ScriptEditor>();
  const editor = (): ScriptEditor => {
    const session = studio.project;
    let found = editors.get(session);
    if (!found) {
      found = new ScriptEditor(session.db);
      editors.set(session, found);
    }
    return found;
  };
  /** Every edit tells the other windows which chapters to re-read. */
  const edited = (change: ScriptChange): ScriptChange => {
    studio.events.emit('script.changed', { chapterIds: change.chapters.map((c) => c.chapterId) });
    return change;
  };
  return {
    'script.chapter': ({ chapterId }) => editor().chapter(chapterId),
    'script.book': () => editor().book(),
    'script.setSpeaker': (input) => edited(editor().setSpeaker(input)),
    'script.propagate': ({ segmentId }) => edited(editor().propagate(segmentId)),
    'script.editText': ({ segmentId, text }) => edited(editor().editText(segmentId, text)),
    'script.split': ({ segmentId, offset }) => edited(editor().split(segmentId, offset)),
    'script.mergeNext': ({ segmentId }) => edited(editor().mergeNext(segmentId)),
    'script.setKind': (input) => edited(editor().setKind(input)),
    'script.setSceneBreak': ({ segmentId, sceneBreak }) => edited(editor().setSceneBreak(segmentId, sceneBreak)),
    'script.setReviewed': ({ segmentId, reviewed }) => edited(editor().setReviewed(segmentId, reviewed)),
    'script.reviewQueue': (input) => editor().reviewQueue(input),
    'script.search': (input) => editor().search(input),
    'script.replace': (input) => edited(editor().replace(input)),
    'script.stats': () => editor().stats(),
    'cast.list': () => editor().cast(),
    'cast.create': (input) => edited(editor().createCharacter(input)),
    'cast.update': (input) => edited(editor().updateCharacter(input)),
    'cast.merge': ({ fromId, intoId }) => edited(editor().mergeCharacters(fromId, intoId)),
    'cast.split': (input) => edited(editor().splitCharacter(input)),
    'history.state': () => editor().history(),
    'history.undo': () => edited(editor().undo()),
    'history.redo': () => edited(editor().redo()),
    'project.source': () => editor().source(),
  };
}
