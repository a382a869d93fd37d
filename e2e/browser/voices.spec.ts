import { writeFile } from 'node:fs/promises';
import type { CastingState } from '../../src/shared/requests/voice-requests';
import { expect, test } from '../fixtures/test';
import { ScriptEditorPage } from '../pages/script-editor-page';
import { VoicesPage } from '../pages/voices-page';

const BOOK = `The Short Visit

CHAPTER I.

It was a bright morning at Longbourn, and the garden was full of roses.

“Good morning, Elizabeth,” said Jane. “Shall we walk to Meryton today?”

“Gladly,” said Elizabeth. “The officers are there, I am told.”

“Officers? Then you had better stay at home,” said Mr. Bennet.

CHAPTER II.

The walk to Meryton was short and pleasant.

“Look, the officers!” cried Lydia.
`;

test('casts a book, changes a voice, hears a line and a pronunciation', async ({ app, page, server }, testInfo) => {
  const file = testInfo.outputPath('the-short-visit.txt');
  await writeFile(file, BOOK);
  await app.open();
  await app.start.openManuscript(file);
  await app.project.waitUntilShown();
  const script = new ScriptEditorPage(page);
  const voices = new VoicesPage(page);
  await script.waitUntilShown();

  await voices.open();
  await voices.autoCast();
  const jane = voices.voicePicker('Jane');
  await expect(jane).not.toHaveValue('');
  await expect(voices.voicePicker('Elizabeth')).not.toHaveValue('');
  expect(await jane.inputValue()).not.toBe(await voices.voicePicker('Elizabeth').inputValue());

  // Another voice for Jane: the engine keeps it as the author's choice.
  await jane.selectOption('espeak:en-us+f2');
  await expect
    .poll(async () => {
      const reply = (await server.request('casting.get')) as { ok: boolean; value: CastingState };
      const cast = reply.value.characters.find((c) => c.name === 'Jane');
      return cast ? [cast.choice?.voice.voice, cast.origin] : null;
    })
    .toEqual(['en-us+f2', 'user']);
  await page.screenshot({ path: testInfo.outputPath('voices-cast.png') });

  // Hear Jane's line with the key the script offers.
  await script.line('Shall we walk to Meryton today?').click();
  await script.focus();
  await page.keyboard.press('a');
  await expect(voices.playerTitle).toHaveText('Jane: “Shall we walk to Meryton today?”');
  const seconds = await voices.decodedSeconds();
  expect(seconds, 'a short line lasts about a second or two').toBeGreaterThan(0.8);
  expect(seconds).toBeLessThan(6);
  await expect(voices.heardText).toContainText('Shall we walk to Meryton today?');
  await page.screenshot({ path: testInfo.outputPath('voices-audition.png') });
  await page.keyboard.press('Escape');
  await expect(voices.stopButton).toBeDisabled();

  // A pronunciation, heard in the sentence of the book that has the word.
  await voices.showView('Pronunciations');
  await voices.addPronunciation('Meryton', 'Merry town square');
  await voices.hearPronunciation('Meryton');
  await expect(voices.playerTitle).toHaveText('“Meryton” in the book');
  await expect(voices.heardText).toContainText('Shall we walk to Meryton today?');
  const respelled = await voices.decodedSeconds();
  expect(respelled, 'the longer respelling makes the line longer').toBeGreaterThan(seconds);
  await page.screenshot({ path: testInfo.outputPath('voices-lexicon.png') });
});
