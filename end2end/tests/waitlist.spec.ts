import { expect, Page, test } from "@playwright/test";
import * as fs from "node:fs";
import * as path from "node:path";
import { english, expectAccessible, goto, isoDays, login, nationalId } from "./helpers";

/** The text messages the server wrote for `phone` (no SMS gateway in the e2e run). */
function textsTo(phone: string): string[] {
  const dir = path.join(process.env.E2E_DATA_DIR ?? path.join("..", "target", "e2e-data"), "sms");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((f) => fs.readFileSync(path.join(dir, f), "utf8"))
    .filter((t) => t.startsWith(`To: ${phone.replace(/\D/g, "")}`) || t.startsWith(`To: ${phone}`));
}

/** The district the family gives, as the pages write it in English (the
 * city profile's name, `data/profiles/taoyuan/areas.csv`). */
const GUISHAN = "Guishan District";

/** A mobile number no other run uses. */
function uniqueMobile(): string {
  return `09${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
}

/** The check for a child born on `birth`, with two areas of concern. */
async function check(page: Page, birth: string) {
  await goto(page, "/ei/book");
  await page.getByLabel("Child's date of birth").fill(birth);
  await page.getByLabel(/^Movement/).check();
  await page.getByLabel(/^Language and speech/).check();
  await page.getByRole("button", { name: "Next: choose a day" }).click();
}

test.describe("waitlist", () => {
  test.beforeEach(async ({ page }) => english(page));

  test("a family joins the waitlist, a cancellation frees a place, and the family accepts the offer from its message @phone", async ({
    page,
    browser,
  }, testInfo) => {
    // A clinic day of its own, far ahead, with one place (the centre's staff open it).
    const offset = 70 + testInfo.parallelIndex * 7 + (testInfo.project.name === "phone" ? 21 : 0);
    const day = isoDays(offset);
    const staff = await browser.newContext({ locale: "en-US", timezoneId: "Asia/Taipei" });
    const staffPage = await staff.newPage();
    await english(staffPage);
    await login(staffPage, "staff");
    await goto(staffPage, "/staff");
    await staffPage.getByLabel("From").fill(day);
    await staffPage.getByLabel("To").fill(day);
    await staffPage.getByLabel("Places", { exact: true }).fill("1");
    await staffPage.getByLabel("Reserved for under-3s").fill("0");
    await staffPage.getByRole("button", { name: "Open", exact: true }).click();
    await expect(staffPage.getByText(/Opened 1 days/)).toBeVisible();

    // Another family takes that place.
    const other = await browser.newContext({ locale: "en-US", timezoneId: "Asia/Taipei" });
    const otherPage = await other.newPage();
    await english(otherPage);
    const otherBirth = isoDays(-1500);
    await check(otherPage, otherBirth);
    await goto(otherPage, `/ei/book?month=${day.slice(0, 7)}&day=${day}`);
    await otherPage.getByRole("button", { name: "Choose this centre" }).first().click();
    await otherPage.getByLabel("Child's name").fill("Lin Yi-chen");
    await otherPage.getByLabel(/national ID/).fill(await nationalId(otherPage));
    await otherPage.getByLabel("Contact phone").fill(uniqueMobile());
    await otherPage.getByRole("button", { name: "Submit the booking" }).click();
    await expect(otherPage.getByRole("heading", { name: "Booking submitted" })).toBeVisible();
    const otherReference = (await otherPage.getByTestId("reference").innerText()).trim();

    // On a phone, the family finds no day that suits and joins the waitlist
    // for that centre from that day on. (The desktop run's child is over
    // three, so that the run on the phone, whose day comes later, is first
    // in line for its own place whatever the timing of the two runs.)
    const birth = isoDays(testInfo.project.name === "phone" ? -700 : -1400);
    const phone = uniqueMobile();
    await check(page, birth);
    await expect(page.getByRole("heading", { name: "No day that suits you?" })).toBeVisible();
    await page.getByRole("link", { name: "Join the waitlist" }).click();
    await expect(page.getByRole("heading", { name: "Join the waitlist", level: 1 })).toBeVisible();
    await expectAccessible(page);
    // Nothing chosen: a clear error, nothing changed.
    await page.getByLabel("Child's name").fill("Chen Xiao-an");
    await page.getByLabel(/national ID/).fill(await nationalId(page));
    await page.getByLabel("Contact phone").fill(phone);
    await page.getByRole("button", { name: "Join the waitlist" }).click();
    await expect(page.getByText("Choose a centre, or at least one district, to wait for.").first()).toBeVisible();
    await expect(page.getByLabel("Child's name")).toHaveValue("Chen Xiao-an");
    const linkou = await page.locator("#w-centre option", { hasText: "Linkou" }).first().getAttribute("value");
    await page.getByLabel("Centre", { exact: true }).selectOption(linkou ?? "");
    await page.getByLabel("From (the first day you can come)").fill(day);
    await page.getByLabel("District where the child lives (optional)").selectOption("Guishan");
    await page.getByLabel(/national ID/).fill(await nationalId(page));
    await page.getByRole("button", { name: "Join the waitlist" }).click();
    await expect(page.getByRole("heading", { name: "Your waitlist entry" })).toBeVisible();
    await expect(page.getByText(/Place in line: \d/)).toBeVisible();
    const reference = (await page.locator("dd strong").first().innerText()).trim();
    expect(reference).toMatch(/^WL-/);
    // The district the family gave is shown back to it, and to the centre.
    await expect(page.locator("dt", { hasText: "Lives in" }).locator("+ dd")).toHaveText(GUISHAN);
    await expectAccessible(page);
    await goto(staffPage, "/staff/waitlist");
    await expect(staffPage.getByRole("row", { name: new RegExp(reference) })).toContainText(GUISHAN);

    // The other family cancels: the place is held for the waiting family at once.
    await goto(otherPage, "/ei/inquiry");
    await otherPage.getByLabel("Booking reference").fill(otherReference);
    await otherPage.getByLabel("Child's date of birth").fill(otherBirth);
    await otherPage.getByRole("button", { name: "Check" }).click();
    await otherPage.getByText("Cancel the booking", { exact: true }).click();
    await otherPage.getByRole("button", { name: "Yes, cancel the booking" }).click();
    await expect(otherPage.getByText("The booking is cancelled.")).toBeVisible();

    // The text message names the waitlist page and the reference.
    let offerText = "";
    await expect
      .poll(
        () => {
          offerText = textsTo(phone).find((t) => t.includes("held for you")) ?? "";
          return offerText;
        },
        { timeout: 30_000 },
      )
      .toContain(reference);
    const link = offerText.match(/https?:\/\/\S+\/ei\/waitlist/)?.[0] ?? "";
    expect(link).not.toBe("");

    // The family follows the link on another visit, finds its entry and accepts.
    await page.context().clearCookies();
    await english(page);
    await goto(page, new URL(link).pathname);
    await page.getByLabel("Waitlist reference").fill(reference);
    await page.getByLabel("Child's date of birth").fill(birth);
    await page.getByRole("button", { name: "Find" }).click();
    await expect(page.getByRole("heading", { name: "A place is held for you" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Accept and book" }).click();
    await expect(page.getByRole("heading", { name: "Booking submitted" })).toBeVisible();
    await expect(page.getByTestId("reference")).toHaveText(/EI-/);

    // The centre's waitlist no longer lists the family.
    await goto(staffPage, "/staff/waitlist");
    await expect(staffPage.getByRole("heading", { name: "Waitlist", level: 1 })).toBeVisible();
    await expect(staffPage.getByText(reference)).toHaveCount(0);
    await expectAccessible(staffPage);
    await staff.close();
    await other.close();
  });

  test("the city sees every family waiting @nojs", async ({ page }) => {
    await login(page, "city");
    await goto(page, "/city/waitlist");
    await expect(page.getByRole("heading", { name: "Waitlist, all centres" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Who is offered a place first" })).toBeVisible();
    await expectAccessible(page);
  });
});
