// Tags in real Chromium: tag a passage by selection and an article from the reader, filter the
// library by two tags, rename onto an existing tag (merge), undo — by mouse and by keyboard.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { dragSelect } from '../support/select';

const library = (page: Page) => page.getByRole('listbox', { name: 'Library' });

test('tag a passage and an article, filter by two tags, merge by rename, undo', async ({ page, web }) => {
  const second = await fetch(`${web.origin}/api/call/articles.importText`, {
    method: 'POST',
    headers: { 'X-Margin-Token': web.token, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'talks.txt', content: 'Slovakia talks\nBy Desk\n\nBlanar met envoys in Bratislava.' }),
  }).then((r) => r.json());
  await page.goto(web.url);
  await expect(library(page).getByRole('option')).toHaveCount(2);
  await library(page).getByRole('option', { name: /General Staff/ }).click();

  // A passage: select, Tag, type, Enter — one step.
  await dragSelect(page, '10,980 tanks');
  await page.getByRole('toolbar', { name: 'Highlight' }).getByRole('button', { name: 'Tag' }).click();
  const tagField = page.getByRole('dialog', { name: 'Tags' }).getByRole('combobox');
  await tagField.fill('Equipment Losses ');
  await tagField.press('Enter');
  await expect(page.locator('article.article mark[data-hl]')).toHaveText('10,980 tanks');
  await expect(page.getByRole('list', { name: 'Highlights in reading order' })).toContainText('#Equipment Losses');

  // The article: chips with autocomplete; Backspace removes the last one.
  const articleTags = page.getByRole('combobox', { name: 'Article tags' });
  await articleTags.fill('war/equipment');
  await articleTags.press('Enter');
  await articleTags.fill('typo');
  await articleTags.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove tag typo' })).toBeVisible();
  await articleTags.press('Backspace');
  await expect(page.getByRole('button', { name: 'Remove tag typo' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Remove tag war/equipment' })).toBeVisible();

  // The other article gets "diplomacy" and "war".
  await library(page).getByRole('option', { name: /Slovakia talks/ }).click();
  await articleTags.fill('diplomacy');
  await articleTags.press('Enter');
  await articleTags.fill('war');
  await articleTags.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove tag war' })).toBeVisible();

  // Filter with the keyboard: open the browser, press #war (nested: both), then #diplomacy too.
  const browser = page.getByRole('button', { name: 'Tags' });
  await browser.focus();
  await page.keyboard.press('Enter');
  const tree = page.getByRole('list', { name: 'Tags' });
  await tree.getByRole('button', { name: /^war: / }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status', { name: 'Active tag filter' })).toContainText('#war');
  await expect(tree.getByRole('button', { name: /^war: / })).toBeFocused();
  await expect(library(page).getByRole('option')).toHaveCount(2);
  await tree.getByRole('button', { name: /^diplomacy: / }).click();
  await expect(library(page).getByRole('option')).toHaveCount(1);
  await expect(library(page).getByRole('option')).toContainText('Slovakia talks');
  await expect(page.getByRole('status', { name: 'Active tag filter' })).toContainText('#war');
  await page.getByRole('button', { name: 'Clear filter' }).click();
  await expect(library(page).getByRole('option')).toHaveCount(2);

  // Rename "equipment losses" onto the existing "war/equipment": they merge; undo restores.
  await tree.getByRole('button', { name: 'Rename tag Equipment Losses' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename tag' }).getByRole('combobox');
  await rename.fill('WAR/Equipment');
  await rename.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Merged' })).toBeVisible();
  await expect(tree.getByRole('button', { name: /Equipment Losses/ })).toHaveCount(0);
  await expect(tree.getByRole('button', { name: /^war\/equipment: 1 articles, 1 passages$/ })).toBeVisible();
  await page.getByRole('status').filter({ hasText: 'Merged' }).getByRole('button', { name: 'Undo' }).click();
  await expect(tree.getByRole('button', { name: /^Equipment Losses: 0 articles, 1 passages$/ })).toBeVisible();

  // After a reload everything is still there.
  await page.reload();
  await page.getByRole('button', { name: 'Tags' }).click();
  await expect(page.getByRole('list', { name: 'Tags' }).getByRole('button', { name: /^diplomacy: 1 articles/ })).toBeVisible();
  expect(second.ok).toBe(true);
});
