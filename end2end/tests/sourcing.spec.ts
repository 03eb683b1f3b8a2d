import { Browser, expect, Page, test } from "@playwright/test";
import { english, expectAccessible, goto, login, openMailedLink, uniqueEmail } from "./helpers";

function chip(page: Page, id: string) {
  return page.locator(`.palette .chip[data-ingredient="${id}"]`);
}

/** A page signed in as the demo county administrator, in its own browser context. */
async function countyPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, "county");
  return page;
}

test.describe("farm to table", () => {
  test("a restaurant that signs up waits for the county's approval before diners see it", async ({ page, browser }) => {
    await english(page);
    const email = uniqueEmail("newcook");
    const name = `Field Kitchen ${Date.now() % 100000}`;
    await goto(page, "/register");
    await page.getByLabel("Restaurant staff", { exact: true }).check();
    await page.getByLabel("Display name").fill("Lin Cook");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByLabel("Restaurant name").fill(name);
    await page.getByLabel("Township").selectOption({ label: "Donghe Township" });
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/register\/sent$/);
    await openMailedLink(page, email);
    await page.getByRole("button", { name: "Create my account" }).click();
    await expect(page).toHaveURL(/\/meals\/builder$/);
    await goto(page, "/meals/builder");

    // A meal saved while waiting: its own page shows, the public list does not.
    await chip(page, "rice-white").dragTo(page.getByTestId("dropzone"));
    await expect(page.locator(".meal-item")).toHaveCount(1);
    await page.getByLabel("Meal name (Chinese)").fill("東河白飯");
    await page.getByLabel(/Meal name \(English/).fill("Donghe rice bowl");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Saved to the menu.")).toBeVisible();
    await goto(page, "/meals/menu");
    await expect(page.getByTestId("listing-notice")).toContainText("waiting for the county’s approval");
    await expectAccessible(page);
    const publicPath = await page.getByRole("link", { name: "Donghe rice bowl" }).getAttribute("href");
    const diner = await (await browser.newContext()).newPage();
    await english(diner);
    expect((await diner.goto(publicPath!))!.status()).toBe(404);
    await goto(diner, "/meals");
    await expect(diner.getByRole("heading", { name })).toHaveCount(0);

    // The county refuses a suspension without a reason, then approves.
    const county = await countyPage(browser);
    await goto(county, "/county/restaurants");
    await expect(county.getByRole("heading", { level: 1 })).toHaveText("Restaurant approval");
    await expect(county.getByRole("row", { name: /Donghe Little Canteen \(demo\)/ })).toContainText("Waiting for approval");
    await expect(county.getByRole("row", { name: /Green Island Seafood \(demo\)/ })).toContainText("Suspended");
    await expectAccessible(county);
    const row = county.getByRole("row", { name: new RegExp(name) });
    await expect(row).toContainText("Waiting for approval");
    await row.getByRole("button", { name: `Approve ${name}` }).click();
    await expect(county.getByRole("status").filter({ hasText: "Approved" })).toBeVisible();
    await expect(county.getByRole("row", { name: new RegExp(name) })).toContainText("Public");

    // Now diners find it, and the cook's menu no longer warns.
    await goto(diner, "/meals");
    await expect(diner.getByRole("heading", { name })).toBeVisible();
    expect((await diner.goto(publicPath!))!.status()).toBe(200);
    await goto(page, "/meals/menu");
    await expect(page.getByTestId("listing-notice")).toHaveCount(0);

    // Suspended with a reason: hidden again, and the cook reads why.
    const again = county.getByRole("row", { name: new RegExp(name) });
    await again.getByText("Suspend", { exact: true }).click();
    await again.getByLabel(`Reason given to ${name}`).fill("Menu photos missing");
    await again.getByRole("button", { name: "Confirm and tell the restaurant" }).click();
    await expect(county.getByRole("row", { name: new RegExp(name) })).toContainText("Menu photos missing");
    expect((await diner.goto(publicPath!))!.status()).toBe(404);
    await goto(page, "/meals/menu");
    await expect(page.getByTestId("listing-notice")).toContainText("Menu photos missing");
  });

  test("a cook picks a farm from the directory and adds a supplier of their own @phone", async ({ page }) => {
    await login(page, "chef");
    await goto(page, "/meals/suppliers");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My suppliers");
    const mine = page.getByTestId("my-suppliers");
    await expect(mine).toContainText("Chishang Organic Rice Farm (demo)");
    await expect(mine).toContainText(/Yunlin County, about \d+ km by road from the restaurant/);
    await expectAccessible(page);

    // Pick a farm from the directory; it moves to the list; take it off again.
    const card = page.getByTestId("directory").locator("article").first();
    const farm = (await card.getByRole("heading").innerText()).replace(/\s*Demo$/, "").trim();
    await card.getByRole("button", { name: `Add ${farm} to my suppliers` }).click();
    await expect(page.getByText("Added to your suppliers.")).toBeVisible();
    await expect(page.getByTestId("my-suppliers")).toContainText(farm);
    await page.getByRole("button", { name: `Remove supplier ${farm}` }).click();
    await expect(page.getByText("Removed from your suppliers.")).toBeVisible();
    await expect(page.getByTestId("directory")).toContainText(farm);

    // Their own supplier: a half-given location is refused and what was typed stays.
    const own = `Taitung Market ${Date.now() % 100000}`;
    await page.getByLabel("Kind").selectOption("market");
    await page.getByLabel("Name (Chinese)").fill(`臺東市場${Date.now() % 100000}`);
    await page.getByLabel("Name (English, optional)").fill(own);
    await page.getByLabel("Where it is").selectOption({ label: "Taitung City" });
    await page.getByLabel("Latitude").fill("22.75");
    await page.getByRole("button", { name: "Add supplier" }).click();
    await expect(page.getByRole("alert").first()).toContainText("The location must be in Taiwan");
    await expect(page.getByLabel("Name (English, optional)")).toHaveValue(own);
    await expectAccessible(page);
    await page.getByLabel("Longitude").fill("121.15");
    await page.getByRole("button", { name: "Add supplier" }).click();
    await expect(page.getByText("Supplier added.")).toBeVisible();
    const added = page.getByTestId("my-suppliers").locator("article", { hasText: own });
    await expect(added).toContainText("Taitung local");
    // What it sells and when.
    await added.getByText("Add a product and its season").click();
    await added.getByLabel("Product (Chinese)").fill("旗魚");
    await added.getByLabel("Product (English, optional)").fill("Swordfish");
    await added.getByLabel("Season from").selectOption("10");
    await added.getByLabel("Season to").selectOption("3");
    await added.getByRole("button", { name: "Add product" }).click();
    await expect(page.getByText("Product added.")).toBeVisible();
    await expect(page.getByTestId("my-suppliers").locator("article", { hasText: own })).toContainText("Swordfish (Oct to Mar)");
    await page.getByRole("button", { name: `Remove supplier ${own}` }).click();
    await expect(page.getByText("Removed from your suppliers.")).toBeVisible();
  });

  test("a cook names a supplier, builds a journey of two legs, and diners see where the food came from", async ({ page }) => {
    await login(page, "chef");
    await goto(page, "/meals/builder");
    await chip(page, "tofu").dragTo(page.getByTestId("dropzone"));
    await expect(page.locator(".meal-item")).toHaveCount(1);
    const before = Number(await page.getByTestId("total").getAttribute("data-kg"));
    await page.locator("#item-0-supplier").selectOption({ label: "Yunlin Tofu Workshop (demo)" });
    // The supplier's road distance from the restaurant (the great circle
    // times 1.3), by small truck up to 150 km.
    await expect(page.locator("#item-0-leg-0-mode")).toHaveValue("small_truck");
    expect(Number(await page.locator("#item-0-leg-0-km").inputValue())).toBeGreaterThan(100);
    await page.getByRole("button", { name: "Add a leg" }).first().click();
    await page.locator("#item-0-leg-1-mode").selectOption("small_truck");
    await page.locator("#item-0-leg-1-km").fill("12");
    await expect.poll(async () => Number(await page.getByTestId("total").getAttribute("data-kg"))).not.toBe(before);
    await expectAccessible(page);
    const name = `Yunlin tofu ${Date.now() % 100000}`;
    await page.getByLabel("Meal name (Chinese)").fill("雲林豆腐");
    await page.getByLabel(/Meal name \(English/).fill(name);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Saved to the menu.")).toBeVisible();
    await page.getByRole("link", { name: "Public page" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    const chain = page.getByRole("region", { name: "Where the food comes from" });
    await expect(chain.getByRole("row", { name: /Tofu/ })).toContainText("Yunlin Tofu Workshop (demo) (Yunlin County)");
    await expect(chain.getByRole("row", { name: /Tofu/ })).toContainText(/km → .* 12 km/);
    await expect(page.getByTestId("chain-shares")).toContainText("By mass, 0% of the food is from Taitung");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Carbon label" }).click();
    await expect(page.locator(".label-chain")).toContainText("Yunlin Tofu Workshop (demo)");
  });

  test("the builder proposes a local, in-season, certified supplier for an imported ingredient", async ({ page }) => {
    await login(page, "chef");
    await goto(page, "/meals/builder");
    await chip(page, "sweet-potato-leaves").dragTo(page.getByTestId("dropzone"));
    await expect(page.locator(".meal-item")).toHaveCount(1);
    await page.locator("#item-0-origin").selectOption("imported");
    const imported = Number(await page.getByTestId("total").getAttribute("data-kg"));
    const swaps = page.getByTestId("local-swaps");
    await expect(swaps).toContainText("Guanshan Organic Vegetables (demo) (Guanshan Township, in season, Organic certified)");
    await expectAccessible(page);
    await swaps.getByRole("button", { name: "Apply" }).first().click();
    await expect(page.locator("#item-0-supplier")).toHaveValue(/\d+/);
    await expect(page.locator("#item-0-origin")).toHaveValue("taitung_local");
    await expect.poll(async () => Number(await page.getByTestId("total").getAttribute("data-kg"))).toBeLessThan(imported);
    await expect(page.getByTestId("local-swaps")).toHaveCount(0);
  });

  test("anyone browses the local farm directory and filters it @phone @nojs", async ({ page }) => {
    await english(page);
    await goto(page, "/farms");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Taitung’s local farms and producers");
    await expect(page.getByText("Taimali Sugar Apple Orchard (demo)")).toBeVisible();
    await expect(page.locator("article", { hasText: "Taimali Sugar Apple Orchard" })).toContainText("no longer counts");
    await expectAccessible(page);
    await page.getByLabel("Certification").selectOption("any");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/cert=any/);
    await expect(page.getByText("Chishang Organic Rice Farm (demo)")).toBeVisible();
    await expect(page.getByText("Taimali Sugar Apple Orchard (demo)")).toHaveCount(0);
    await expect(page.getByText("Chenggong Harbour Catch (demo)")).toHaveCount(0);
    await page.getByLabel("Township").selectOption("Guanshan");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.locator("article.supplier")).toHaveCount(1);
    await expect(page.locator("article.supplier")).toContainText("Cabbage (Nov to Apr)");
    await expectAccessible(page);
  });

  test("the county adds a farm and what it grows to the directory", async ({ page }) => {
    await login(page, "county");
    await goto(page, "/county/farms");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Keep the local farm directory");
    await expectAccessible(page);
    const farm = `Beinan Tea Garden ${Date.now() % 100000}`;
    await page.getByText("Add a farm").click();
    await page.getByLabel("Name (Chinese)").fill(`卑南茶園${Date.now() % 100000}`);
    await page.getByLabel("Name (English, optional)").fill(farm);
    await page.getByLabel("Where it is").selectOption({ label: "Beinan Township" });
    await page.locator("#certification").selectOption("eco_friendly");
    await page.getByLabel("Certificate number").fill("ECO-2026-001");
    await page.getByLabel("Certifying body").fill("Demo certifier");
    await page.getByLabel("Expiry date").fill("2020-01-01");
    await page.getByRole("button", { name: "Add supplier" }).click();
    await expect(page.getByRole("alert").first()).toContainText("expired");
    await page.getByLabel("Expiry date").fill("2030-06-30");
    await page.getByRole("button", { name: "Add supplier" }).click();
    await expect(page.getByText("Supplier added.")).toBeVisible();
    const card = page.locator("article", { hasText: farm });
    await expect(card).toContainText("Eco-friendly farming");
    await card.getByText("Add a product and its season").click();
    await card.getByLabel("Product (Chinese)").fill("洛神花");
    await card.getByLabel("Product (English, optional)").fill("Roselle");
    await card.getByLabel("Season from").selectOption("10");
    await card.getByLabel("Season to").selectOption("12");
    await card.getByRole("button", { name: "Add product" }).click();
    await expect(page.getByText("Product added.")).toBeVisible();
    await expect(page.locator("article", { hasText: farm })).toContainText("Roselle (Oct to Dec)");
    await goto(page, "/farms");
    await expect(page.getByText(farm)).toBeVisible();
  });

  test("a cook applies for certification, the county approves it, and a diner verifies it from the label", async ({ page, browser }) => {
    await login(page, "chef");
    await goto(page, "/meals/certification");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Slow-food restaurant certification");
    await expect(page.getByRole("table", { name: /Your figures today against edition 1/ })).toBeVisible();
    await expectAccessible(page);
    // More than twelve changes a year is refused by the form itself (the
    // server refuses it too: the integration tests send it).
    const seasonal = page.getByLabel("Seasonal menu changes a year");
    await seasonal.fill("13");
    expect(await seasonal.evaluate((e) => (e as HTMLInputElement).validity.valid)).toBe(false);
    // A photo or document as evidence: anything else is refused.
    await page.getByLabel("Evidence of").selectOption("waste");
    await page.getByLabel("File", { exact: true }).setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("just words") });
    await page.getByRole("button", { name: "Upload" }).click();
    await expect(page.getByRole("alert").first()).toContainText("Only JPEG or PNG photos and PDF documents");
    await page.getByLabel("File", { exact: true }).setInputFiles({ name: "compost-bins.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% compost bins\n") });
    await page.getByRole("button", { name: "Upload" }).click();
    await expect(page.getByText("Uploaded; it goes with your next application.")).toBeVisible();
    await expect(page.getByTestId("evidence")).toContainText("compost-bins.pdf");
    await page.getByLabel("Seasonal menu changes a year").fill("4");
    await page.getByLabel("Food-waste measures and evidence").fill("Leftovers weighed daily; photos on the notice board");
    await page.getByLabel("Reusable packaging and evidence").fill("Steel lunch boxes to borrow");
    await page.getByRole("button", { name: "Send the application" }).click();
    await expect(page.getByText("Application sent")).toBeVisible();
    await expect(page.getByTestId("application-status")).toContainText("Waiting for review");

    const county = await countyPage(browser);
    await goto(county, "/county/certification");
    await expect(county.getByRole("heading", { level: 1 })).toHaveText("Slow-food certification review");
    await expectAccessible(county);
    const card = county.locator("article.application", { hasText: "Chishang Slow Lunch Box (demo) · Waiting for review" });
    await expect(card.getByTestId("evidence").getByRole("link", { name: "compost-bins.pdf" })).toBeVisible();
    await card.getByLabel("Level").selectOption("advanced");
    await card.getByRole("button", { name: "Approve" }).click();
    await expect(county.getByText("Done; the restaurant has been told.")).toBeVisible();

    // A diner finds it in the directory, opens a meal's label and follows
    // the certificate's QR code (its address is printed under it).
    const diner = await (await browser.newContext()).newPage();
    await english(diner);
    await goto(diner, "/certified?township=Chishang");
    await expect(diner.getByRole("heading", { name: "Chishang Slow Lunch Box (demo)" })).toBeVisible();
    await expectAccessible(diner);
    await goto(diner, "/meals");
    await diner.getByRole("link", { name: "Chishang rice tofu box (demo)" }).click();
    await expect(diner.getByTestId("meal-certificate")).toContainText("Advanced");
    await diner.getByRole("link", { name: "Carbon label" }).click();
    const verify = diner.getByTestId("label-certificate").getByRole("link");
    const href = await verify.getAttribute("href");
    expect(href).toMatch(/\/verify\?number=TTSF-\d{4}-\d{5}$/);
    await goto(diner, new URL(href!).pathname + new URL(href!).search);
    await expect(diner.getByTestId("certificate")).toContainText("Chishang Slow Lunch Box (demo)");
    await expect(diner.getByTestId("certificate")).toContainText("Valid");
    await expectAccessible(diner);
    await goto(diner, "/verify?number=TTSF-1999-00000");
    await expect(diner.getByRole("alert")).toHaveText("No certificate has this number.");
  });
});
