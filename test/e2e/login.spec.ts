// Issue 13.1 in Chromium: only the browser that opened the one-time login address gets in.
// A second browser (another context: no shared cookies) sees a Dutch page instead of the app,
// and the used address does not let it in either.
import { test, expect, openApp } from './fixtures.ts';

test('the login address works once; another browser gets a Dutch page and no data', async ({ page, services, browser }) => {
  const created = await services.call('clients.create', {
    displayName: 'Sanne Bakker',
    birthDate: '1998-07-22',
    region: 'groot-amsterdam',
    adviserReference: 'LWL-2026-050',
    note: null,
  });
  expect(created.ok).toBe(true);

  // The fixture's context used the address: it has the app and the dossier.
  await openApp(page, services.url);
  await expect(page.getByRole('link', { name: 'Sanne Bakker' })).toBeVisible();
  const cookies = await page.context().cookies(services.url);
  expect(cookies).toEqual([
    expect.objectContaining({ name: `arrangeur-${new URL(services.url).port}`, httpOnly: true, sameSite: 'Strict', path: '/' }),
  ]);
  // The page has no secret in it (not in the HTML, not readable by script).
  expect(await page.content()).not.toContain(cookies[0]!.value);
  expect(await page.evaluate(() => document.cookie)).toBe('');

  const stranger = await browser.newContext();
  try {
    const other = await stranger.newPage();
    const response = await other.goto(services.url);
    expect(response?.status()).toBe(403);
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('U bent niet aangemeld bij Arrangeur');
    await expect(other.locator('body')).not.toContainText('Sanne Bakker');

    const call = await stranger.request.post(new URL('/api/call', services.url).toString(), {
      headers: { 'Content-Type': 'application/json', Origin: new URL(services.url).origin },
      data: JSON.stringify({ op: 'clients.list', input: {} }),
    });
    expect(call.status()).toBe(403);
    expect(await call.text()).not.toContain('Sanne Bakker');

    // The printed address was already used by the fixture's browser: refused here.
    const loginUrl = (await services.restart()).loginUrl; // a fresh run, already used by the fixture again
    const reused = await other.goto(loginUrl);
    expect(reused?.status()).toBe(403);
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('Dit aanmeldadres is al gebruikt');
    expect(await stranger.cookies()).toEqual([]);
  } finally {
    await stranger.close();
  }
});
