import { expect, Page, test } from "@playwright/test";
import { advanceClock, enDate, english, expectAccessible, goto, isoDays, login, nationalId } from "./helpers";

/** Fills the check for a two-year-old with motor and language concerns. */
async function check(page: Page, birth = isoDays(-730)) {
  await page.getByLabel("Child's date of birth").fill(birth);
  await page.getByLabel(/^Movement/).check();
  await page.getByLabel(/^Language and speech/).check();
}

/** From the calendar: the first day with places, then its first centre. */
async function chooseFirstDay(page: Page) {
  await page.locator("a.day-button.has-places:visible").first().click();
  await page.getByRole("button", { name: "Choose this centre" }).first().click();
}

/** Books through the whole flow and returns the reference. */
export async function bookThroughTheFlow(page: Page, birth = isoDays(-730)) {
  await goto(page, "/ei/book");
  await check(page, birth);
  await page.getByRole("button", { name: "Next: choose a day" }).click();
  await chooseFirstDay(page);
  await expect(page.getByRole("heading", { name: "The place is held for you" })).toBeVisible();
  await page.getByLabel("Child's name").fill("Chen Xiao-an");
  await page.getByLabel(/national ID/).fill(await nationalId(page));
  await page.getByLabel("Contact phone").fill("0912 345 678");
  await page.getByRole("button", { name: "Submit the booking" }).click();
  await expect(page.getByRole("heading", { name: "Booking submitted" })).toBeVisible();
  return (await page.getByTestId("reference").innerText()).trim();
}

test.describe("assessment booking", () => {
  test.beforeEach(async ({ page }) => english(page));

  test("the guide and the centres are accessible @phone @nojs", async ({ page }) => {
    await goto(page, "/ei");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("joint assessment");
    await expectAccessible(page);
    await goto(page, "/ei/centres");
    await expect(page.getByRole("heading", { name: /Linkou Chang Gung/ })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "See the centre" }).first().click();
    await expect(page).toHaveURL(/\/ei\/centres\/\d+$/);
    await expect(page.locator(".next-available")).toBeVisible();
    await expectAccessible(page);
  });

  test("a parent screens a two-year-old, two things are not yet done, and the booking starts filled in @phone @nojs", async ({ page }) => {
    const birth = isoDays(-760);
    await goto(page, "/ei");
    await page.getByRole("link", { name: /development checklist/ }).click();
    await expect(page).toHaveURL(/\/ei\/screening$/);
    await expectAccessible(page);
    await page.getByLabel("Child's date of birth").fill(birth);
    await page.getByRole("button", { name: "Show the questions" }).click();
    await expect(page.getByRole("heading", { name: "Questions for children aged 2 years" })).toBeVisible();
    await expectAccessible(page);
    const questions = page.getByRole("radiogroup");
    await expect(questions).toHaveCount(12);
    for (let i = 0; i < 12; i++) await questions.nth(i).getByLabel("Yes, does it").check();
    // Two things that are not key items: together they advise an assessment.
    for (const item of [/Stacks five or six blocks/, /Names familiar things/]) {
      await page.getByRole("radiogroup", { name: item }).getByLabel("Not yet or not sure").check();
    }
    await page.getByRole("button", { name: "See the result" }).click();
    await expect(page.getByText("We suggest a joint assessment.")).toBeVisible();
    await expect(page.getByText(/does not yet do two or more things/)).toBeVisible();
    await expect(page.getByText("Areas to look at: Using the hands, Language.")).toBeVisible();
    // The answers are still there, to change.
    await expect(
      page.getByRole("radiogroup", { name: /Stacks five or six blocks/ }).getByLabel("Not yet or not sure"),
    ).toBeChecked();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Book a joint assessment" }).click();
    await expect(page).toHaveURL(/\/ei\/book$/);
    await expect(page.getByLabel("Child's date of birth")).toHaveValue(birth);
    await expect(page.getByLabel(/^Movement/)).toBeChecked();
    await expect(page.getByLabel(/^Language and speech/)).toBeChecked();
    await expect(page.getByLabel(/^Thinking, emotions/)).not.toBeChecked();
    // Another child: the checklist starts again from the birth date.
    await goto(page, "/ei/screening");
    await page.getByRole("button", { name: "Start again or check another child" }).click();
    await expect(page.getByRole("button", { name: "Show the questions" })).toBeVisible();
    await page.getByLabel("Child's date of birth").fill(isoDays(-30));
    await page.getByRole("button", { name: "Show the questions" }).click();
    await expect(page.getByText(/The checklist starts at 4 months/)).toBeVisible();
    await expectAccessible(page);
  });

  test("check, choose a day, fill in and get a reference @phone @nojs", async ({ page }) => {
    const js = test.info().project.name !== "nojs";
    await goto(page, "/ei/book");
    await expectAccessible(page);
    await check(page, isoDays(-730));
    if (js) {
      await expect(page.getByText("A child development joint assessment is advised.")).toBeVisible();
      await expectAccessible(page);
    }
    await page.getByRole("button", { name: "Next: choose a day" }).click();
    await expect(page.getByRole("heading", { name: "Choose an assessment day" })).toBeVisible();
    await expectAccessible(page);
    await chooseFirstDay(page);
    await expect(page.getByText(/The place is held until/)).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Child's name").fill("Lin Bao");
    // A wrong check digit is refused in words, what was typed stays, and nothing is booked.
    await page.getByLabel(/national ID/).fill("A123456788");
    await page.getByLabel("Contact phone").fill("0912345678");
    await page.getByRole("button", { name: "Submit the booking" }).click();
    await expect(page.getByRole("alert")).toHaveText("The ID number's check digit does not match. Please check the number again.");
    // The field it is about says so too, and only that field.
    await expect(page.getByLabel(/national ID/)).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel(/national ID/)).toHaveAccessibleDescription(/check digit does not match/);
    await expect(page.getByLabel("Contact phone")).not.toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);
    await expect(page.getByLabel("Child's name")).toHaveValue("Lin Bao");
    await expect(page.getByLabel("Contact phone")).toHaveValue("0912345678");
    await page.getByLabel(/national ID/).fill(await nationalId(page));
    // E-mail chosen without an address: said at the e-mail field; the choice stays.
    await expect(page.getByLabel("Text messages (SMS)")).toBeChecked();
    await page.getByLabel("E-mail", { exact: true }).check();
    await page.getByRole("button", { name: "Submit the booking" }).click();
    await expect(page.getByRole("alert")).toHaveText(/You chose e-mail: please give an e-mail address/);
    await expect(page.getByLabel(/^E-mail/).first()).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("E-mail", { exact: true })).toBeChecked();
    await page.getByLabel("Text messages (SMS)").check();
    await page.getByRole("button", { name: "Submit the booking" }).click();
    await expect(page.getByRole("heading", { name: "Booking submitted" })).toBeVisible();
    await expect(page.getByText("Submitted, awaiting verification")).toBeVisible();
    await expect(page.getByTestId("reference")).toHaveText(/^EI-[0-9A-Z]{8}$/);
    // What the day holds: each discipline's session and the total.
    await expect(page.getByText("What the day holds")).toBeVisible();
    await expect(page.getByText(/About \d+ minutes in all/)).toBeVisible();
    await expectAccessible(page);
  });

  test("the booking page loads no lazy chunk (the budget check counts only the main module for it)", async ({ page }) => {
    const wasm: string[] = [];
    page.on("request", (r) => {
      if (/\/pkg\/.*\.(wasm|js)$/.test(new URL(r.url()).pathname)) wasm.push(new URL(r.url()).pathname);
    });
    await goto(page, "/ei/book");
    await check(page);
    await expect(page.getByRole("button", { name: "Next: choose a day" })).toBeEnabled();
    expect(wasm.some((p) => p.endsWith("/civic.wasm"))).toBe(true);
    expect(wasm.filter((p) => /chunk_|split_/.test(p))).toEqual([]);
  });

  test("the check explains single-domain, no-concern and school-age outcomes as the family answers", async ({ page }) => {
    await goto(page, "/ei/book");
    await page.getByLabel("Child's date of birth").fill(isoDays(-730));
    await page.getByLabel(/^Movement/).check();
    await expect(page.getByText(/start with a single specialty clinic/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Next: choose a day" })).toBeDisabled();
    await page.getByLabel(/^Movement/).uncheck();
    await expect(page.getByText(/You have not marked any area of concern/)).toBeVisible();
    await page.getByLabel("Child's date of birth").fill(isoDays(-8 * 365));
    await page.getByLabel(/^Growth/).check();
    await page.getByLabel(/^Movement/).check();
    await expect(page.getByText(/Joint assessments are for preschool children/)).toBeVisible();
    await page.getByLabel("Child's date of birth").fill(isoDays(30));
    await expect(page.getByText("The birth date cannot be after today.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Next: choose a day" })).toBeDisabled();
  });

  test("without JavaScript the server explains the outcome and keeps the answers @nojs", async ({ page }) => {
    // With JavaScript the check says it at once and the button waits (the test above).
    test.skip(test.info().project.name !== "nojs", "the server's answer to a post without JavaScript");
    await page.goto("/ei/book");
    await page.getByLabel("Child's date of birth").fill(isoDays(-730));
    await page.getByLabel(/^Movement/).check();
    await page.getByRole("button", { name: "Next: choose a day" }).click();
    await expect(page.getByRole("alert")).toContainText("start with a single specialty clinic");
    await expect(page.getByLabel("Child's date of birth")).toHaveValue(isoDays(-730));
    await expect(page.getByLabel(/^Movement/)).toBeChecked();
    await page.getByLabel(/^Language and speech/).check();
    await page.getByRole("button", { name: "Next: choose a day" }).click();
    await expect(page.getByRole("heading", { name: "Choose an assessment day" })).toBeVisible();
    await page.getByRole("button", { name: "Change the answers" }).click();
    await expect(page.getByRole("heading", { name: /First, check/ })).toBeVisible();
  });

  test("a full day offers no place @nojs", async ({ page }) => {
    await goto(page, "/ei/book");
    await check(page, isoDays(-4 * 365));
    await page.getByRole("button", { name: "Next: choose a day" }).click();
    await page.getByLabel("Centre", { exact: true }).selectOption({ label: "MOHW Taoyuan General Hospital (demo)" });
    await page.getByRole("button", { name: "Show the days" }).click();
    // The demo data fills the second centre's day three days from now.
    const d = new Date(Date.now() + 8 * 3600_000 + 3 * 86_400_000);
    const now = new Date(Date.now() + 8 * 3600_000);
    if (now.getUTCMonth() !== d.getUTCMonth()) {
      await page.getByRole("link", { name: "Next month" }).click();
    }
    await page.locator(`a.day-button:visible[aria-label^="${enDate(3)}"]`).click();
    await expect(page.locator(".day-detail")).toContainText("Full");
    await expect(page.locator(".day-detail").getByRole("button", { name: "Choose this centre" })).toHaveCount(0);
  });

  test("inquiry by reference and birth date, calendar file, reschedule and cancel @phone @nojs", async ({ page }) => {
    const birth = isoDays(-900);
    const reference = await bookThroughTheFlow(page, birth);
    await goto(page, "/ei/inquiry");
    await page.getByLabel("Booking reference").fill(reference);
    await page.getByLabel("Child's date of birth").fill("2019-01-01");
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await expect(page.getByRole("alert")).toHaveText(/No booking matches/);
    await page.getByLabel("Booking reference").fill(reference);
    await page.getByLabel("Child's date of birth").fill(birth);
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await expect(page.locator(".registration .reference")).toHaveText(reference);
    await expectAccessible(page);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download calendar file (.ics)" }).click();
    expect((await download).suggestedFilename()).toBe("assessment.ics");
    // The centre and the day (the first day with places may be the same date at another centre).
    const where = page.locator(".registration dl");
    const before = await where.innerText();
    await page.getByRole("link", { name: "Reschedule" }).click();
    await page.locator(".registration a.day-button.has-places:visible").first().click();
    await page.getByRole("button", { name: "Choose this centre" }).first().click();
    await expect(page.getByText("Moved to the new day; awaiting the centre's verification.")).toBeVisible();
    await expect(where).not.toHaveText(before);
    await page.getByText("Cancel the booking", { exact: true }).click();
    await page.getByRole("button", { name: "Yes, cancel the booking" }).click();
    await expect(page.getByText("The booking is cancelled.")).toBeVisible();
    await expect(page.locator(".registration .status")).toHaveText("Cancelled");
  });

  test("an expired hold gives the place back and says so @nojs", async ({ page }) => {
    await goto(page, "/ei/book");
    await check(page);
    await page.getByRole("button", { name: "Next: choose a day" }).click();
    await chooseFirstDay(page);
    await expect(page.getByRole("heading", { name: "The place is held for you" })).toBeVisible();
    // The server's clock, not the test, runs past the hold.
    await advanceClock(page, 11 * 60);
    await page.getByLabel("Child's name").fill("Lin Bao");
    await page.getByLabel(/national ID/).fill(await nationalId(page));
    await page.getByLabel("Contact phone").fill("0912345678");
    await page.getByRole("button", { name: "Submit the booking" }).click();
    await expect(page.getByRole("alert")).toHaveText(/The time for which the place was held has passed/);
    await expect(page.getByRole("heading", { name: "Choose an assessment day" })).toBeVisible();
  });

  test("the calendar works by keyboard alone", async ({ page }) => {
    await goto(page, "/ei/book");
    await page.getByLabel("Child's date of birth").fill(isoDays(-700));
    for (const name of [/^Movement/, /^Language and speech/]) {
      await page.getByLabel(name).focus();
      await page.keyboard.press("Space");
    }
    await page.getByRole("button", { name: "Next: choose a day" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Choose an assessment day" })).toBeVisible();
    await page.locator(".cal-grid a.day-button.has-places").first().focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("#day-detail-heading")).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Choose this centre" }).first()).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "The place is held for you" })).toBeVisible();
  });

  test("a parent's account lists the children and their bookings", async ({ page }) => {
    await login(page, "parent");
    await bookThroughTheFlow(page);
    await goto(page, "/ei/my");
    await expect(page.getByRole("heading", { name: "Chen Xiao-an" }).first()).toBeVisible();
    await expect(page.locator(".registration").first()).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("centre staff", () => {
  test("verify, check in and mark a no-show on today's clinic; export; audit", async ({ page, browser }) => {
    await login(page, "staff");
    await expectAccessible(page);
    await page.getByRole("row").filter({ hasText: enDate(0) }).getByRole("link", { name: "Manage" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Clinic day");
    await expectAccessible(page);
    const row = (name: string) => page.getByRole("row").filter({ hasText: name });
    await row("黃小明").getByRole("button", { name: "Confirm" }).click();
    await expect(row("黃小明").locator(".status")).toHaveText("Confirmed");
    // Booked at another centre too, by someone not known as the family: the
    // staff see why it waits, and it cannot be confirmed while the other stands.
    const flagged = row("張小華");
    await expect(flagged.getByText("To check before confirming")).toBeVisible();
    await expect(flagged).toContainText("Other booking:");
    await flagged.getByRole("button", { name: "Confirm" }).click();
    await expect(page.getByRole("alert")).toContainText("This child has another active booking");
    await expect(row("張小華").locator(".status")).toHaveText("Submitted, awaiting verification");
    await row("陳小安").getByRole("button", { name: "Check in" }).click();
    await expect(row("陳小安").locator(".status")).toHaveText("Checked in");
    // The visit done, the team's report: dates, services and a note for the family.
    await row("陳小安").getByRole("button", { name: "Complete" }).click();
    await expect(row("陳小安").locator(".status")).toHaveText("Assessment completed");
    const report = row("陳小安").getByRole("group", { name: "The assessment report" });
    await report.getByLabel("Report written on").fill(isoDays(0));
    await report.getByLabel("Re-assessment date in the report").fill(isoDays(365));
    await report.getByLabel("Speech therapy").check();
    await report.getByLabel("Note for the family (optional)").fill("Speech therapy once a week.");
    await report.getByRole("button", { name: "Record" }).click();
    await expect(row("陳小安").getByLabel("Re-assessment date in the report")).toHaveValue(isoDays(365));
    await expect(row("陳小安").getByLabel("Speech therapy")).toBeChecked();
    await expectAccessible(page);
    // The family finds the report with therapy providers offering speech therapy.
    const reference = (await row("陳小安").locator(".reference").innerText()).trim();
    const familyContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const family = await familyContext.newPage();
    await english(family);
    await goto(family, "/ei/inquiry");
    await family.getByLabel("Booking reference").fill(reference);
    await family.getByLabel("Child's date of birth").fill(isoDays(-900));
    await family.getByRole("button", { name: "Check", exact: true }).click();
    await expect(family.getByText("Therapy providers offering these services")).toBeVisible();
    await expect(family.getByText("Taoyuan Demo Speech Therapy Practice (demo)")).toBeVisible();
    await expectAccessible(family);
    await familyContext.close();
    await row("林小寶").getByRole("button", { name: "No-show" }).click();
    await expect(row("林小寶").locator(".status")).toHaveText("Did not come");
    await expect(row("陳小安")).toContainText("*****");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: /Export CSV/ }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    // The city sees every one of these reads and changes.
    const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const city = await context.newPage();
    await login(city, "city");
    await goto(city, "/city/audit");
    await expect(city.getByRole("cell", { name: "Did not come", exact: true }).first()).toBeVisible();
    await expect(city.getByRole("cell", { name: "Exported the list (CSV)" }).first()).toBeVisible();
    await expect(city.getByRole("cell", { name: "Recorded the assessment report", exact: true }).first()).toBeVisible();
    await expectAccessible(city);
    await goto(city, "/city/centres");
    await expectAccessible(city);
  });

  test("the city edits a centre's notes and a centre closes a day with a note, in both languages @nojs", async ({ page }) => {
    await login(page, "city");
    await goto(page, "/city/centres");
    const editor = page.locator("details.panel").nth(1);
    await editor.locator("summary").click();
    await editor.getByLabel("Notes (English)").fill("Please bring the yellow Child Health Handbook.");
    await editor.getByRole("button", { name: "Save centre" }).click();
    await expect(page.getByText("Centre saved.")).toBeVisible();
    const id = (await page.locator("details.panel[open]").getAttribute("id"))!.replace("centre-", "");
    await goto(page, `/ei/centres/${id}`);
    await expect(page.getByText("Please bring the yellow Child Health Handbook.")).toBeVisible();

    // The last listed day of the staff's centre (the booking tests take the first ones).
    await page.getByRole("button", { name: "Sign out" }).click();
    await login(page, "staff");
    await goto(page, "/staff");
    const days = page.getByRole("link", { name: "Manage" });
    const js = test.info().project.name !== "nojs";
    await days.nth((await days.count()) - (js ? 1 : 2)).click();
    await page.getByLabel("Note for families (Chinese)").fill("醫師請假");
    await page.getByLabel("Note for families (English)").fill("The doctor is away");
    await page.getByRole("button", { name: "Close the day" }).click();
    await expect(page.locator("p.notice", { hasText: "The doctor is away" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Reopen" }).click();
    await expect(page.getByRole("button", { name: "Close the day" })).toBeVisible();
  });
});
