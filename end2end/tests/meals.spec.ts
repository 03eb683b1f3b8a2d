import * as path from "node:path";
import { expect, Page, test } from "@playwright/test";
import { english, expectAccessible, goto, login } from "./helpers";

/** The total at full precision (the page shows it to two significant figures). */
async function total(page: Page): Promise<number> {
  return Number(await page.getByTestId("total").getAttribute("data-kg"));
}

function chip(page: Page, id: string) {
  return page.locator(`.palette .chip[data-ingredient="${id}"]`);
}

test.describe("low-carbon meals", () => {
  test("the introduction, the standard and a public meal are open to everyone @phone", async ({ page }) => {
    await english(page);
    await goto(page, "/meals");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("low-carbon");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Chishang rice tofu box (demo)" }).click();
    await expect(page.getByTestId("total")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Carbon label" }).click();
    await expect(page.locator("svg.qr").first()).toBeVisible();
    await expectAccessible(page);
    await goto(page, "/meals/standard");
    await expect(page.getByRole("cell", { name: /White rice/ }).first()).toBeVisible();
    await expectAccessible(page);
  });

  test("a lunch box built by dragging with the mouse, changed, saved, published and labelled", async ({ page }) => {
    await login(page, "chef");
    await goto(page, "/meals/builder");
    await expectAccessible(page);
    const box = page.getByTestId("dropzone");
    await chip(page, "rice-white").dragTo(box);
    await expect(page.locator(".meal-item")).toHaveCount(1);
    const rice = await total(page);
    expect(rice).toBeGreaterThan(0);
    await chip(page, "pork-shoulder").dragTo(box);
    await expect(page.locator(".meal-item")).toHaveCount(2);
    const withPork = await total(page);
    expect(withPork).toBeGreaterThan(rice);
    // Edition 2: the range and the data quality under the total, shown to two figures.
    await expect(page.getByTestId("range")).toContainText(/Likely between [\d.]+ and [\d.]+ kg\. Data quality [\d.]+/);
    expect((await page.getByTestId("total").innerText()).replace(/^0\.0*/, "").replace(".", "").length).toBeLessThanOrEqual(2);
    // Weighed raw rather than cooked: less meat bought for the same grams.
    await page.locator("#item-1-weighed").selectOption("raw:as_bought");
    await expect.poll(() => total(page)).toBeLessThan(withPork);
    await page.locator("#item-1-weighed").selectOption("");
    await expect.poll(() => total(page)).toBe(withPork);
    // Piped natural gas emits less per MJ than bottled LPG.
    await page.locator("#gas").selectOption("town_gas");
    await expect.poll(() => total(page)).toBeLessThan(withPork);
    await page.locator("#gas").selectOption("");
    await expect.poll(() => total(page)).toBe(withPork);
    // More grams, more carbon; a local origin, less transport.
    await page.locator("#item-1-grams").fill("150");
    await expect.poll(() => total(page)).toBeGreaterThan(withPork);
    const heavier = await total(page);
    await page.locator("#item-0-origin").selectOption("taitung_local");
    await expect.poll(() => total(page)).toBeLessThan(heavier);
    const ms = Number(await page.getByTestId("compute-ms").getAttribute("data-ms"));
    console.log(`live update in the browser: ${ms.toFixed(3)} ms per recomputation`);
    // Undo brings the origin back.
    await page.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => total(page)).toBe(heavier);
    // A swap suggestion replaces pork with a lower-carbon main.
    await page.getByRole("button", { name: "Apply" }).first().click();
    await expect.poll(() => total(page)).toBeLessThan(heavier);
    await expectAccessible(page);
    await page.getByLabel("Meal name (Chinese)").fill("池上豆腐便當");
    await page.getByLabel(/Meal name \(English/).fill("Chishang tofu box");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Saved to the menu.")).toBeVisible();
    const shown = await total(page);
    await page.getByRole("link", { name: "Public page" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chishang tofu box");
    expect(await total(page)).toBeCloseTo(shown, 3);
    await page.getByRole("link", { name: "Carbon label" }).click();
    await expect(page.locator("svg.qr").first()).toBeVisible();
    await goto(page, "/meals/menu");
    await expect(page.getByRole("link", { name: "Chishang tofu box" })).toBeVisible();
    // The demo's first meals were saved on edition 1: each shows its figure on edition 2 beside its own.
    await expect(page.getByTestId("on-latest").first()).toContainText(/On edition \d+: [\d.]+ kg \([+−±][\d.]+ kg\)/);
    await expectAccessible(page);
  });

  test("a lunch box built with the keyboard alone, reordered and announced", async ({ page }) => {
    await login(page, "chef");
    await goto(page, "/meals/builder");
    await page.getByLabel("Search ingredients").focus();
    await page.keyboard.type("tofu");
    await page.keyboard.press("Tab"); // category
    await page.keyboard.press("Tab"); // the first ingredient's Add button
    await expect(page.getByRole("button", { name: /^Add Tofu$/ })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Added Tofu; 1 items." })).toHaveCount(1);
    await page.getByLabel("Search ingredients").fill("white rice");
    await page.getByRole("button", { name: "Add White rice" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator(".meal-item")).toHaveCount(2);
    await page.locator("#item-1-grams").focus();
    await page.keyboard.press("Alt+ArrowUp");
    await expect(page.locator(".meal-item").first()).toContainText("White rice");
    await expect(page.locator("#item-0")).toBeFocused();
    await expect(page.getByText("White rice moved to position 1.")).toHaveCount(1);
    expect(await total(page)).toBeGreaterThan(0);
  });

  test("the county publishes a new edition of the standard", async ({ page }) => {
    await login(page, "county");
    await expect(page.getByRole("heading", { name: /Edit the standard/ })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Note on the change").fill("Taiwan grid 2024 (test)");
    await page.locator("#std-grid").fill("0.474");
    await page.locator("#std-grid-year").fill("2024");
    await page.getByRole("button", { name: "Publish a new edition" }).nth(1).click();
    await expect(page.getByText(/Edition \d+ published\./)).toBeVisible();
    await expect(page.getByRole("cell", { name: "Taiwan grid 2024 (test)" })).toBeVisible();
  });

  test("the county publishes a whole edition file, and a broken one is refused", async ({ page }) => {
    await login(page, "county");
    await goto(page, "/meals/standard");
    await expect(page.getByRole("heading", { name: /Edit the standard/ })).toBeVisible();
    // The current edition states each factor's basis and why its source was chosen.
    await expect(page.getByRole("columnheader", { name: "Per kg of" })).toBeVisible();
    await expect(page.getByText("Why this source").first()).toBeVisible();
    await page.getByLabel("Note on the change").fill("Edition file (test)");
    await page.getByLabel("Edition file (JSON)").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"edition": 2}') });
    await page.getByRole("button", { name: "Publish a new edition" }).nth(3).click();
    await expect(page.getByText(/no new edition was made: not an edition file/)).toBeVisible();
    await page.getByLabel("Edition file (JSON)").setInputFiles(path.join(__dirname, "../../data/standard/edition-2.json"));
    await page.getByRole("button", { name: "Publish a new edition" }).nth(3).click();
    await expect(page.getByText(/Edition \d+ published\./)).toBeVisible();
    await expect(page.getByRole("cell", { name: "Edition file (test)" })).toBeVisible();
    await expectAccessible(page);
  });
});
