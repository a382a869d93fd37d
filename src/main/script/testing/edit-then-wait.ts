/**
 * A child process for the durability test: opens a project, fixes one speaker, says "done" the way
 * the studio would show the edit as done, and then waits to be killed without closing anything.
 */
import { ProjectSession } from '../../project/project-session';
import { ScriptEditor } from '../script-editor';

const [path, segmentId, characterId] = process.argv.slice(2);
const session = ProjectSession.open(String(path));
new ScriptEditor(session.db).setSpeaker({ segmentId: Number(segmentId), speaker: { characterId: Number(characterId) } });
process.stdout.write('done\n');
setInterval(() => undefined, 60_000);
