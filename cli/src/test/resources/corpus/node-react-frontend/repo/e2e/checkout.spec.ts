import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

test("the home page lists products and is accessible", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Kettle" })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});
