// Issue #12 point 6 on a 375 px phone: the favorites manager (remove, reorder by drag and by
// keyboard, rename a label) and each favorite's wRVU on its chip.
import { expect, test, type Page } from '@playwright/test';
import { createUser, signInViaApi, sql } from './factories';

async function addFavorites(userId: string, favorites: [string, string[]][]) {
  for (const [i, [code, modifiers]] of favorites.entries())
    await sql().query(
      `insert into "Favorite" (id, "userId", code, modifiers, position) values ($1, $2, $3, $4, $5)`,
      [`fav_${userId}_${i}`, userId, code, modifiers, i],
    );
}
const order = async (userId: string) =>
  (
    await sql().query(
      `select code, label from "Favorite" where "userId" = $1 order by position, "createdAt"`,
      [userId],
    )
  ).rows.map((r: { code: string; label: string | null }) => (r.label ? `${r.code}:${r.label}` : r.code));
const items = (page: Page) => page.getByTestId('favorite-item');

test('favorites can be reordered by keyboard and by drag, renamed and removed', async ({ page }) => {
  const user = await createUser();
  await addFavorites(user.id, [
    ['99213', []],
    ['27447', []],
    ['20610', []],
  ]);
  await signInViaApi(page, user);
  await page.goto('/log/favorites');
  await expect(items(page)).toHaveCount(3);
  // CMS RVU25D work RVUs, each favorite priced on its own: 99213 1.30, 27447 19.60, 20610 0.79.
  await expect(items(page).nth(1)).toContainText('19.60 wRVU');

  // Keyboard: the Move down button, then the drag handle with Space / ArrowUp / Space.
  await page.getByRole('button', { name: 'Move 99213 down' }).click();
  await expect.poll(() => order(user.id)).toEqual(['27447', '99213', '20610']);
  await page.getByRole('button', { name: 'Drag 20610 to reorder' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Space');
  await expect.poll(() => order(user.id)).toEqual(['20610', '27447', '99213']);

  // Drag with the pointer: 99213 (last) onto the first place.
  const handle = await page.getByRole('button', { name: 'Drag 99213 to reorder' }).boundingBox();
  const target = await items(page).first().boundingBox();
  await page.mouse.move(handle!.x + handle!.width / 2, handle!.y + handle!.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle!.x + handle!.width / 2, handle!.y - 10, { steps: 5 });
  await page.mouse.move(handle!.x + handle!.width / 2, target!.y + 4, { steps: 10 });
  await page.mouse.up();
  await expect.poll(() => order(user.id)).toEqual(['99213', '20610', '27447']);

  await page.getByLabel('Label of 27447').fill('Knee replacement');
  await page.getByLabel('Label of 27447').press('Enter');
  await expect.poll(() => order(user.id)).toEqual(['99213', '20610', '27447:Knee replacement']);

  await page.getByRole('button', { name: 'Remove 20610' }).click();
  await expect(items(page)).toHaveCount(2);
  await expect.poll(() => order(user.id)).toEqual(['99213', '27447:Knee replacement']);

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
