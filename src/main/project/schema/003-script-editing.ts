import type { Migration } from './migration';

/**
 * Script editing: the author's changes to segments (text, review, scene breaks), segment colours and
 * edits to the cast, propagated speaker fixes, merged characters remembered across re-analysis, and
 * an undo history that survives restarts. Exactly one character is the narrator.
 */
export const scriptEditingSchema: Migration = {
  version: 3,
  sql: `
  -- The analysis's text of a segment whose text the author changed; NULL while unchanged.
  ALTER TABLE segments ADD COLUMN original_text TEXT;
  ALTER TABLE segments ADD COLUMN reviewed INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1));
  ALTER TABLE segments ADD COLUMN scene_break INTEGER NOT NULL DEFAULT 0 CHECK (scene_break IN (0, 1));
  -- Filled when the project is opened (see prepare-script): the paragraph a segment comes from and
  -- its word count, so that the cast and the charts are one aggregate query.
  ALTER TABLE segments ADD COLUMN paragraph_idx INTEGER;
  ALTER TABLE segments ADD COLUMN words INTEGER;
  CREATE INDEX segments_speaker ON segments (speaker_id);

  ALTER TABLE characters ADD COLUMN colour TEXT;
  -- The author changed the name, aliases or gender: a re-analysis keeps them.
  ALTER TABLE characters ADD COLUMN author_edited INTEGER NOT NULL DEFAULT 0 CHECK (author_edited IN (0, 1));
  UPDATE characters SET narrator = 0
    WHERE narrator = 1 AND id <> (SELECT min(id) FROM characters WHERE narrator = 1);
  INSERT INTO characters (key, name, aliases, gender, narrator, origin)
    SELECT 'narrator', 'Narrator', '[]', 'unknown', 1, 'analysis'
    WHERE NOT EXISTS (SELECT 1 FROM characters WHERE narrator = 1);
  CREATE UNIQUE INDEX characters_one_narrator ON characters (narrator) WHERE narrator = 1;

  -- 'author': the author chose this speaker. 'propagated': turn-taking re-run from an author's fix;
  -- a later propagation may change it, and it carries its own confidence.
  ALTER TABLE speaker_corrections ADD COLUMN kind TEXT NOT NULL DEFAULT 'author' CHECK (kind IN ('author', 'propagated'));
  ALTER TABLE speaker_corrections ADD COLUMN confidence REAL;
  CREATE INDEX speaker_corrections_speaker ON speaker_corrections (speaker_id);

  -- A character the author merged into another: a re-analysis that finds it again (by its key)
  -- gives its lines to the character it was merged into.
  CREATE TABLE character_redirects (
    key TEXT PRIMARY KEY,
    character_id INTEGER NOT NULL REFERENCES characters(id) ON DELETE CASCADE
  );
  CREATE INDEX character_redirects_character ON character_redirects (character_id);

  -- Undoable edits hold before and after images of the rows they changed (see script/edit-history).
  ALTER TABLE edits ADD COLUMN undoable INTEGER NOT NULL DEFAULT 0 CHECK (undoable IN (0, 1));
  ALTER TABLE edits ADD COLUMN undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1));
  CREATE INDEX edits_history ON edits (undoable, undone, id);
  `,
};
