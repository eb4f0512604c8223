// Highlighting in real Chromium with real mouse drags and the keyboard: create, note, recolour,
// delete and undo, overlap, reload — everything where it was.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { clickPhrase, dragSelect } from '../support/select';

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Highlight' });
const marks = (page: Page, text?: string) => {
  const all = page.locator('article.article mark[data-hl]');
  return text ? all.filter({ hasText: text }) : all;
};
const panelItems = (page: Page) => page.getByRole('list', { name: 'Highlights in reading order' }).getByRole('listitem');

test('select with the mouse, highlight, note, recolour, delete and undo, reload', async ({ page, web }) => {
  await page.goto(web.url);
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toBeVisible();

  await dragSelect(page, '10,980 tanks, 22,922 armored fighting vehicles');
  await expect(toolbar(page)).toBeVisible();
  await toolbar(page).getByRole('button', { name: 'Green' }).click();
  await expect(marks(page)).toHaveCount(1);
  await expect(marks(page).first()).toHaveClass(/hl-green/);
  expect((await marks(page).allTextContents()).join('')).toBe('10,980 tanks, 22,922 armored fighting vehicles');
  await expect(panelItems(page)).toHaveCount(1);
  await expect(page.getByRole('option', { selected: true })).toContainText('1');

  // Click it: the same toolbar edits it. Add a note.
  await page.keyboard.press('Escape');
  await clickPhrase(page, '22,922 armored');
  await expect(toolbar(page).getByRole('button', { name: 'Green' })).toHaveAttribute('aria-pressed', 'true');
  await toolbar(page).getByRole('button', { name: 'Note' }).click();
  const note = page.getByRole('dialog', { name: 'Note' }).getByRole('textbox');
  await note.fill('Equipment totals *since* 2022 — check against the MoD.');
  await page.getByRole('dialog', { name: 'Note' }).getByRole('button', { name: 'Save' }).click();
  await expect(marks(page).last()).toHaveClass(/hl-has-note/);
  await expect(panelItems(page).first()).toContainText('Equipment totals *since* 2022');

  // Recolour.
  await clickPhrase(page, '10,980 tanks');
  await toolbar(page).getByRole('button', { name: 'Blue' }).click();
  await expect(marks(page).first()).toHaveClass(/hl-blue/);

  // Delete, then undo.
  await clickPhrase(page, '10,980 tanks');
  await toolbar(page).getByRole('button', { name: 'Delete' }).click();
  await expect(marks(page)).toHaveCount(0);
  await page.getByRole('status').filter({ hasText: 'Highlight deleted' }).getByRole('button', { name: 'Undo' }).click();
  await expect(marks(page)).toHaveCount(1);

  // Across two paragraphs and a heading.
  await dragSelect(page, 'one was injured', { endPhrase: 'The international community is also' });
  await toolbar(page).getByRole('button', { name: 'Purple' }).click();
  await expect(page.locator('article.article h2 mark.hl-purple')).toHaveText('Global Response');
  await expect(panelItems(page)).toHaveCount(2);
  const purple = page.locator('article.article mark.hl-purple');
  const purpleText = (await purple.allTextContents()).join('|');
  expect(purpleText).toMatch(/^one was injured.*targets\.\|Global Response\|The international community is also$/);

  await page.reload();
  await expect(marks(page, '10,980')).toHaveClass(/hl-blue/);
  await expect(marks(page).filter({ hasText: '22,922' })).toHaveClass(/hl-has-note/);
  await expect(purple.first()).toBeVisible();
  expect((await purple.allTextContents()).join('|')).toBe(purpleText);
  await expect(panelItems(page)).toHaveCount(2);
  await expect(panelItems(page).first()).toContainText('check against the MoD');
});

test('overlapping highlights both stay visible and clickable', async ({ page, web }) => {
  await page.goto(web.url);
  await dragSelect(page, 'including 10,980 tanks, 22,922 armored');
  await toolbar(page).getByRole('button', { name: 'Yellow' }).click();
  await page.keyboard.press('Escape');
  await dragSelect(page, '22,922 armored fighting vehicles, and 42,796 drones');
  await toolbar(page).getByRole('button', { name: 'Pink' }).click();
  await page.keyboard.press('Escape');
  await expect(panelItems(page)).toHaveCount(2);

  await clickPhrase(page, 'including 10,980');
  await expect(toolbar(page).getByRole('button', { name: 'Yellow' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await clickPhrase(page, '42,796 drones');
  await expect(toolbar(page).getByRole('button', { name: 'Pink' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  // In the overlap: the inner one opens, and the other is one click away.
  await clickPhrase(page, '22,922');
  await expect(toolbar(page).getByRole('button', { name: /Also here/ })).toBeVisible();
  const pressedFirst = await toolbar(page).locator('[aria-pressed=true]').getAttribute('aria-label');
  await toolbar(page).getByRole('button', { name: /Also here/ }).click();
  const pressedSecond = await toolbar(page).locator('[aria-pressed=true]').getAttribute('aria-label');
  expect(new Set([pressedFirst, pressedSecond])).toEqual(new Set(['Yellow', 'Pink']));
  // Both colours are painted on the overlapping words.
  const overlap = page.locator('article.article mark[data-hl] mark[data-hl]').filter({ hasText: '22,922' });
  await expect(overlap).toHaveCount(1);
});

test('keyboard only: caret selection, highlight, note, jump from the panel', async ({ page, web }) => {
  await page.goto(web.url);
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('F7');
  await expect(page.getByRole('button', { name: 'Keyboard selection' })).toHaveAttribute('aria-pressed', 'true');
  // The caret starts at the title: select its first two words.
  for (let i = 0; i < 2; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('h');
  await expect(marks(page)).toHaveCount(1);
  await expect(marks(page).first()).toHaveText(/^General Staff/);
  await expect(toolbar(page).getByRole('button', { name: 'Yellow' })).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft'); // Delete is last; Tag before it
  await page.keyboard.press('ArrowLeft'); // Note
  await expect(toolbar(page).getByRole('button', { name: 'Note' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Title says 2020; body says 2022.');
  await page.keyboard.press('Control+Enter');
  await expect(panelItems(page).first()).toContainText('Title says 2020');
  await page.getByRole('button', { name: /yellow highlight: General Staff/ }).focus();
  await page.keyboard.press('Enter');
  await expect(toolbar(page)).toBeVisible();
  await page.keyboard.press('ArrowRight'); // Green
  await page.keyboard.press('Enter');
  await expect(marks(page).first()).toHaveClass(/hl-green/);
});
