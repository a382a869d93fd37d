import type { Page } from '@playwright/test';
import type { StudioServer } from '../fixtures/studio-server';
import { ProjectPage } from './project-page';
import { ScriptEditorPage } from './script-editor-page';
import { SidePanelsPage } from './side-panels-page';
import { StartPage } from './start-page';

/** The studio in a browser tab: its two screens (start, and the editor with its panels), and the way in. */
export class StudioApp {
  readonly start: StartPage;
  readonly project: ProjectPage;
  readonly script: ScriptEditorPage;
  readonly panels: SidePanelsPage;

  constructor(
    readonly page: Page,
    readonly server: StudioServer,
  ) {
    this.start = new StartPage(page);
    this.project = new ProjectPage(page);
    this.script = new ScriptEditorPage(page);
    this.panels = new SidePanelsPage(page);
  }

  /** Opens the launch URL (with its token) and waits for the start screen. */
  async open(): Promise<void> {
    await this.page.goto(this.server.url);
    await this.start.waitUntilShown();
  }
}
