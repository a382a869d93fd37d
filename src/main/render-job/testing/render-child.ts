/**
 * A render in a process of its own, for the test that kills it: renders the project named on the
 * command line with the real eSpeak NG engine, one line at a time, and prints `done N` each time a
 * line's audio is stored and recorded.
 */
import { ProjectSession } from '../../project/project-session';
import { PauseGate } from '../pause-gate';
import { renderProject } from '../render-project';
import { countingSynthesis, renderEnvironment, renderRequest, segmentAudioWith } from './render-fixture';

const [projectPath, outDir] = process.argv.slice(2);
if (!projectPath || !outDir) throw new Error('usage: render-child PROJECT OUT_DIR');

const session = ProjectSession.open(projectPath);
const synthesis = countingSynthesis();
await renderProject(renderEnvironment(session, segmentAudioWith(synthesis.synthesize), 1), renderRequest(outDir, { formats: ['m4b'] }), {
  signal: new AbortController().signal,
  gate: new PauseGate(),
  progress: (done, _total, title) => {
    if (title.startsWith('Synthesising')) process.stdout.write(`done ${done}\n`);
  },
});
process.stdout.write('finished\n');
session.close();
