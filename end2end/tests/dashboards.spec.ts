import * as fs from "node:fs";
import { expect, test } from "@playwright/test";
import { english, expectAccessible, goto, login } from "./helpers";

/** The month `n` months before the current one, as YYYY-MM (Taipei). */
function monthAgo(n: number): string {
  const now = new Date(Date.now() + 8 * 3600 * 1000);
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** The first month of the calendar quarter `n` quarters before this one (Taipei time). */
function quarterAgo(n: number): string {
  const now = new Date(Date.now() + 8 * 3600 * 1000);
  const first = Math.floor(now.getUTCMonth() / 3) * 3;
  const d = new Date(Date.UTC(now.getUTCFullYear(), first - 3 * n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

test.describe("dashboards", () => {
  test("the city administrator reads the dashboard, narrows the period, drills down and exports CSV @phone", async ({
    page,
  }) => {
    await login(page, "city");
    await goto(page, "/city/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Early intervention dashboard");
    // The demo's history: twelve months with figures, the chart named.
    await expect(page.getByRole("img", { name: "Share assessed within 30 days, by month" })).toBeVisible();
    const trend = page.getByRole("table", { name: "First assessments and waits by month" });
    await expect(trend.locator("tbody tr")).toHaveCount(12);
    await expect(page.getByText("assessed within 30 days").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Referrals and the waitlist" })).toBeVisible();
    await expectAccessible(page);

    // Three months, one district.
    await page.getByLabel("From month").fill(monthAgo(3));
    await page.getByLabel("To month").fill(monthAgo(1));
    await page.getByRole("combobox", { name: "District of residence" }).selectOption({ label: "Zhongli District" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/district=Zhongli/);
    await expect(trend.locator("tbody tr")).toHaveCount(3);
    const rows = page.getByRole("table", { name: "Registrations, referrals, places and waits by district of residence" });
    await expect(rows.locator("tbody tr")).toHaveCount(1);

    // The rows behind a month.
    await trend.getByRole("link", { name: `Rows of ${monthAgo(1)}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`First assessments in ${monthAgo(1)}`);
    await expect(page.getByRole("table", { name: "First assessments and their waits" }).locator("tbody tr").first()).toBeVisible();
    await expectAccessible(page);

    // The CSV export, with its byte-order mark.
    await page.goBack();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download CSV" }).click(),
    ]);
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain(`month,${monthAgo(1)},assessed,`);
  });

  test("a centre's staff see their own centre's figures only", async ({ page }) => {
    await login(page, "staff");
    await goto(page, "/city/dashboard");
    await expect(page.getByText(/^Figures of .*Linkou.* only\.$/)).toBeVisible();
    await expect(page.getByLabel("Centre", { exact: true })).toHaveCount(0);
    await expect(page.getByRole("table", { name: "Places by centre" }).locator("tbody tr")).toHaveCount(2);
    await expect(page.getByRole("heading", { name: "Referrals and the waitlist" })).toHaveCount(0);
    await expectAccessible(page);
  });

  test("the county administrator reads the meals dashboard, changes the period and exports CSV @phone", async ({
    page,
  }) => {
    await login(page, "county");
    await goto(page, "/county/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Low-carbon meals dashboard");
    await expect(page.getByRole("img", { name: "Average footprint of the meals built each month" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Meals and average footprint by month" }).locator("tbody tr")).toHaveCount(12);
    await expect(page.getByRole("table", { name: "The largest contributors and their shares" }).locator("tbody tr").first()).toBeVisible();
    await expect(page.getByText("Restaurants with a valid certificate")).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("From month").fill(monthAgo(5));
    await page.getByLabel("To month").fill(monthAgo(0));
    await page.getByLabel("Township").selectOption({ label: "Luye Township" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/township=Luye/);
    await expect(page.getByRole("table", { name: "Meals and average footprint by month" }).locator("tbody tr")).toHaveCount(6);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download CSV" }).click(),
    ]);
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("filter,township,name,Luye");
  });

  test("a bad period is refused with its reason", async ({ page }) => {
    await login(page, "city");
    await goto(page, `/city/dashboard?from=${monthAgo(1)}&to=${monthAgo(3)}`);
    await expect(page.getByText("The period ends before it starts.")).toBeVisible();
  });

  test("the public summaries work without JavaScript, in both languages @nojs @phone", async ({ page }) => {
    await goto(page, "/stats/early-intervention");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("早期療育聯合評估統計");
    await expectAccessible(page);
    await english(page);
    await goto(page, "/stats/early-intervention");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Early intervention: joint assessment figures");
    await expect(page.getByText(/fewer than five children/).first()).toBeVisible();
    // Public figures are published by whole quarters that have ended.
    await page.getByLabel("Quarter").selectOption(quarterAgo(2));
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(new RegExp(`from=${quarterAgo(2)}`));
    await expect(page.getByRole("table", { name: "First assessments and waits by month" }).locator("tbody tr")).toHaveCount(3);
    await expectAccessible(page);
    await goto(page, "/stats/meals");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Low-carbon meals: figures");
    await expect(page.getByRole("img", { name: "Meals by rating band" })).toBeVisible();
    await expectAccessible(page);
    const json = await page.request.get(`/stats/early-intervention.json?from=${quarterAgo(1)}`);
    expect(json.status()).toBe(200);
    const body = await json.json();
    expect(body.months).toHaveLength(3);
    // Any other period could be subtracted from a quarter: refused.
    const months = await page.request.get(`/stats/early-intervention.json?from=${monthAgo(2)}&to=${monthAgo(1)}`);
    expect(months.status()).toBe(400);
  });
});
