import { expect, Page, test } from "@playwright/test";
import { english, expectAccessible, goto, isoDays, login, nationalId, uniqueEmail } from "./helpers";

/** Fills the referral form for a two-year-old who is late to talk. */
async function fillReferral(page: Page, id: string, name: string, observedDaysAgo = 2) {
  await page.getByLabel("Child's name").fill(name);
  await page.getByLabel(/national ID/).fill(id);
  await page.getByLabel("Child's date of birth").fill(isoDays(-770));
  await page.getByLabel("Name of the parent or main carer").fill("Lee Mei");
  await page.getByLabel("Contact phone").fill("0912345678");
  await page.getByLabel("Date observed").fill(isoDays(-observedDaysAgo));
  await page.getByLabel("What did you observe?").fill("Says only two or three words and rarely answers to his name.");
}

test.describe("referral and the city's cases", () => {
  test("a kindergarten teacher refers a child and gets the referral's own number @phone @nojs", async ({ page }) => {
    await login(page, "teacher");
    await expect(page.locator("header a[href='/ei/refer']").first()).toBeAttached();
    await goto(page, "/ei/refer");
    await expect(page.getByText(/Taoyuan Demo Kindergarten/).first()).toBeVisible();
    await expectAccessible(page);
    const id = await nationalId(page);
    await fillReferral(page, id, "Lee Xiao-ming");
    // No area ticked: refused in words at the field, what was typed stays.
    await page.getByRole("button", { name: "Send the referral" }).click();
    await expect(page.getByText("Please tick at least one area of development").first()).toBeVisible();
    await expect(page.getByLabel("Child's name")).toHaveValue("Lee Xiao-ming");
    await expectAccessible(page);
    await page.getByLabel(/^Language and speech/).check();
    await page.getByRole("button", { name: "Send the referral" }).click();
    await expect(page.getByRole("heading", { name: "Referral sent" })).toBeVisible();
    const number = (await page.locator("#done .reference").innerText()).trim();
    // The referral's number, never the case's: the answer does not tell
    // whether the child already had a case.
    expect(number).toMatch(/^RF-[0-9A-Z]{8}$/);
    await expect(page.getByText(/The referral centre has your referral and will contact the family by/)).toBeVisible();
    // The teacher's own referrals list it, with the child's ID masked.
    await expect(page.getByRole("cell", { name: number })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Refer another child" }).click();
    await expect(page.getByRole("button", { name: "Send the referral" })).toBeVisible();
  });

  test("a case manager finds the referral in the queue, contacts the family and books for them @nojs", async ({ page, browser }) => {
    // A referral made by the teacher in another browser.
    const teacher = await browser.newPage();
    await login(teacher, "teacher");
    await goto(teacher, "/ei/refer");
    const id = await nationalId(teacher);
    const child = `Case Child ${Date.now() % 100000}`;
    await fillReferral(teacher, id, child, 1);
    await teacher.getByLabel(/^Language and speech/).check();
    await teacher.getByLabel(/^Thinking, emotions/).check();
    await teacher.getByRole("button", { name: "Send the referral" }).click();
    await expect(teacher.locator("#done .reference")).toHaveText(/^RF-/);
    await teacher.close();

    await login(page, "caseManager");
    await expect(page.locator("header a[href='/city/cases']").first()).toBeAttached();
    await goto(page, "/city/cases");
    await expect(page.getByText(/open case\(s\), [1-9]\d* overdue for contact/)).toBeVisible();
    // The first row is the demo case overdue for contact; the new case is listed too.
    const rows = page.locator("table.cases").first().locator("tbody tr");
    await expect(rows.first()).toContainText("Contact overdue by");
    // The teacher had the referral's number; the staff find the case by the child.
    const row = rows.filter({ hasText: child });
    await expect(row).toContainText(/day\(s\) left to contact|Contact due today/);
    await expectAccessible(page);

    await row.getByRole("link", { name: /^RC-/ }).click();
    await expect(page.getByRole("heading", { name: /^Case RC-[0-9A-Z]{8}$/ })).toBeVisible();
    await expect(page.getByText("Says only two or three words")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Assign" }).click();
    await expect(page.getByText("Case manager assigned")).toBeVisible();
    await page.getByRole("button", { name: "Record the contact" }).click();
    await expect(page.getByText("Contacted, not yet booked")).toBeVisible();
    // Closing as assessed before any assessment is refused in words.
    await page.getByLabel("Outcome").selectOption({ label: "Joint assessment done" });
    await page.getByRole("button", { name: "Close the case" }).click();
    await expect(page.getByText(/only once the joint assessment booked for it is completed/).first()).toBeVisible();
    await page.getByRole("button", { name: "Book", exact: true }).click();
    await expect(page.getByText("Joint assessment booked", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Joint assessment booking" })).toBeVisible();
    await expect(page.getByText(/^EI-/)).toBeVisible();
    await expectAccessible(page);
  });

  test("a parent refers their own child without an account, attaching the checklist @phone", async ({ page }) => {
    await english(page);
    const birth = isoDays(-760);
    await goto(page, "/ei/screening");
    await page.getByLabel("Child's date of birth").fill(birth);
    await page.getByRole("button", { name: "Show the questions" }).click();
    const questions = page.getByRole("radiogroup");
    for (let i = 0; i < 12; i++) await questions.nth(i).getByLabel("Yes, does it").check();
    for (const item of [/Stacks five or six blocks/, /Names familiar things/]) {
      await page.getByRole("radiogroup", { name: item }).getByLabel("Not yet or not sure").check();
    }
    await page.getByRole("button", { name: "See the result" }).click();
    await page.getByRole("link", { name: "Fill in the referral form" }).click();
    await expect(page).toHaveURL(/\/ei\/refer$/);
    // The checklist filled in the birth date and the areas it found.
    await expect(page.getByLabel("Child's date of birth")).toHaveValue(birth);
    await expect(page.getByLabel(/^Language and speech/)).toBeChecked();
    await expect(page.getByLabel(/Attach the self-screening/)).toBeChecked();
    await page.getByLabel("Child's name").fill("Wu Xiao-yu");
    await page.getByLabel(/national ID/).fill(await nationalId(page));
    await page.getByLabel("Name of the parent or main carer").fill("Wu Ma");
    await page.getByLabel("Contact phone").fill("0987654321");
    await page.getByLabel("What did you observe?").fill("He does not stack blocks and names few things.");
    await page.getByRole("button", { name: "Send the referral" }).click();
    await expect(page.getByRole("heading", { name: "Referral sent" })).toBeVisible();
    await expectAccessible(page);
  });

  test("the city adds an institution and creates a reporter who works there @nojs", async ({ page, browser }) => {
    await login(page, "city");
    await goto(page, "/city/institutions");
    await expectAccessible(page);
    const name = `Guishan Kindergarten ${Date.now() % 100000}`;
    await page.getByLabel("Name (Chinese)").fill("龜山幼兒園");
    await page.getByLabel("Name (English)").fill(name);
    await page.getByLabel("Kind of institution").selectOption({ label: "Kindergarten or school" });
    await page.getByLabel("District").selectOption("Guishan");
    await page.getByRole("button", { name: "Add the institution" }).click();
    await expect(page.getByText("The institution was added.")).toBeVisible();
    await expect(page.getByRole("cell", { name })).toBeVisible();
    await goto(page, "/accounts");
    await page.getByLabel("Role").selectOption({ label: "Reporter (institution)" });
    await page.getByLabel("Workplace").selectOption({ label: name });
    await page.getByLabel("Display name").fill("Teacher Lin");
    const email = uniqueEmail("reporter");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Initial password").fill("a-long-enough-password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("cell", { name: email, exact: true })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText(name);
    await expectAccessible(page);

    // The teacher signs in with the password the city set and must choose
    // their own before anything else opens.
    const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const teacher = await context.newPage();
    await english(teacher);
    await goto(teacher, "/login");
    await teacher.getByLabel("E-mail").fill(email);
    await teacher.getByLabel("Password").fill("a-long-enough-password");
    await teacher.getByRole("button", { name: "Sign in" }).click();
    await expect(teacher.getByText("Your password was set by an administrator")).toBeVisible();
    await expectAccessible(teacher);
    await teacher.getByLabel("Current password").fill("a-long-enough-password");
    await teacher.getByLabel("New password", { exact: true }).fill("the teacher's own password");
    await teacher.getByRole("button", { name: "Change password" }).click();
    await expect(teacher.getByText("Password changed.")).toBeVisible();
    await expect(teacher.getByText("Your password was set by an administrator")).toHaveCount(0);

    // The city disables the account: the teacher's session ends.
    await page.getByRole("row", { name: new RegExp(email) }).getByRole("button", { name: /Disable/ }).click();
    await expect(page.getByText("The account is disabled")).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("Disabled");
    await goto(teacher, "/account");
    await expect(teacher.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
    await context.close();
  });
});
