import type { Browser } from 'playwright-core';
import { startMobileStack, type MobileStack } from '../../support/mobile-bff';
import { ORDER_HISTORY, startWebStack, type WebStack } from '../../support/web-bff';
import {
  collectErrors,
  launchChromium,
  responseShows,
  runQuery,
  screenshotPath,
  setQuery,
  waitForExplorer,
} from './support/browser';
import { buildBundle, type Bundle } from './support/bundle';

interface OrderHistoryData {
  me: { name: string; orders: Array<{ items: Array<{ product: { name: string } }> }> };
}

describe('the GraphQL explorer in a browser (headless Chromium)', () => {
  let bundle: Bundle;
  let browser: Browser;
  let web: WebStack;
  let mobile: MobileStack;

  beforeAll(async () => {
    bundle = await buildBundle();
    [browser, web, mobile] = await Promise.all([
      launchChromium(),
      startWebStack({ explorer: { assetsDir: bundle.dir } }),
      startMobileStack({ explorer: { assetsDir: bundle.dir } }),
    ]);
  }, 30_000);

  afterAll(async () => {
    await Promise.all([browser?.close(), web?.stop(), mobile?.stop()]);
    bundle?.remove();
  });

  it('runs OrderHistory on the web BFF with the pre-filled token and shows the result', async () => {
    const expected = (await web.query(ORDER_HISTORY)).body.data as unknown as OrderHistoryData;
    const product = expected.me.orders[0]?.items[0]?.product.name ?? 'no product';
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = collectErrors(page);

    await page.goto(web.bff.url);
    await waitForExplorer(page);
    await setQuery(page, ORDER_HISTORY);
    await runQuery(page);
    await responseShows(page, product);
    await responseShows(page, expected.me.name);
    await page.screenshot({ path: screenshotPath('web-order-history.png') });

    // Monaco renders spaces as U+00A0, which \s matches.
    const headers = await page.locator('.graphiql-editor-tool').innerText();
    expect(headers).toMatch(/"authorization":\s*"Bearer\s+ey/);
    expect(errors).toEqual([]);
    await page.close();
  }, 30_000);

  it('runs the mobile app persisted HomeScreen by its hash from the opened tab', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = collectErrors(page);

    await page.goto(mobile.bff.url);
    await waitForExplorer(page);
    await page.getByRole('tab', { name: /HomeScreen/ }).click();
    await runQuery(page);
    await responseShows(page, 'Hi, ');
    await page.screenshot({ path: screenshotPath('mobile-home-screen.png') });

    expect(errors).toEqual([]);
    await page.close();
  }, 30_000);
});
