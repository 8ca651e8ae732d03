import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { projectRoot } from '../../../../services/shared';

/** Debian's Chromium (scripts/setup-test-deps.sh installs it), or CHROMIUM_PATH; never a download. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: run \`bash scripts/setup-test-deps.sh\` as root ` +
        '(apt-get install -y chromium).',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Page errors and console errors (a CSP violation, a failed asset) collected for asserting. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Screenshots go to test-results/ (git-ignored), for people to look at. */
export function screenshotPath(name: string): string {
  const dir = join(projectRoot(), 'test-results', 'explorer');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

const QUERY_EDITOR = '.graphiql-query-editor .monaco-editor';

/** Waits until GraphiQL has rendered its query editor. */
export async function waitForExplorer(page: Page): Promise<void> {
  await page.locator(QUERY_EDITOR).first().waitFor({ timeout: 15_000 });
}

/**
 * Replaces the query editor's text as a person would paste it. Monaco closes brackets as text
 * arrives, so whatever it added after the cursor is deleted.
 */
export async function setQuery(page: Page, query: string): Promise<void> {
  await page.locator(QUERY_EDITOR).first().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
  await page.keyboard.press('Shift+Control+End');
  await page.keyboard.press('Delete');
}

export async function runQuery(page: Page): Promise<void> {
  await page.locator('.graphiql-execute-button').click();
}

/** Resolves once the response pane shows `text` (Monaco renders what is in view). */
export async function responseShows(page: Page, text: string): Promise<void> {
  await page.locator('.graphiql-response').getByText(text).first().waitFor({ timeout: 10_000 });
}
