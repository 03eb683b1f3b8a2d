import { expect, test } from "@playwright/test";
import { DEMO, english, expectAccessible, expectNoCode, goto, hydrated, login, openMailedLink, serverTime, totpCode, uniqueEmail, Who } from "./helpers";

test.describe("platform", () => {
  test("the home page is in Traditional Chinese by default @nojs @phone", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant-TW");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("地方政府公共服務");
    await expect(page.getByRole("link", { name: "開始預約" })).toBeVisible();
    // The governments, their places and the services come from the deployment profiles.
    await expect(page.locator(".brand-sub")).toHaveText("桃園市早期療育聯合評估預約 · 臺東縣低碳餐食碳足跡計算");
    await expect(page.getByRole("heading", { level: 2, name: "早期療育聯合評估預約(桃園市)" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "低碳餐食碳足跡計算(臺東縣)" })).toBeVisible();
    await expect(page.locator("footer")).toContainText("臺東縣政府、桃園市政府公共服務示範平台");
    await expect(page.getByRole("navigation", { name: "主選單" })).toBeVisible();
    await expectAccessible(page);
  });

  test("the language switch changes the page and is remembered @nojs", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to your account");
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Public services of local governments");
    await expect(page.locator("footer")).toContainText("A public-service platform of Taitung County Government and Taoyuan City Government.");
    await page.getByRole("link", { name: "中文" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant-TW");
  });

  test("signing in works without JavaScript, and a wrong password says nothing about the account @nojs", async ({ page }) => {
    await english(page);
    await page.goto("/login");
    await page.getByLabel("E-mail").fill(DEMO.parent.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toHaveText("The e-mail, password or code is not correct. With two-step sign-in, enter the six-digit code your authenticator app shows now.");
    await page.getByLabel("E-mail").fill("nobody@example.tw");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toHaveText("The e-mail, password or code is not correct. With two-step sign-in, enter the six-digit code your authenticator app shows now.");
    await page.getByLabel("E-mail").fill(DEMO.parent.email);
    await page.getByLabel("Password").fill(DEMO.parent.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/ei\/my$/);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });

  test("a parent registers, signs out and signs in again @phone", async ({ page }) => {
    const email = uniqueEmail("parent");
    await english(page);
    await goto(page, "/register");
    await expectAccessible(page);
    await page.getByLabel("Display name").fill("Lin Mei");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("alert")).toHaveText("The password needs at least 10 characters.");
    await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Password")).toHaveAccessibleDescription(/needs at least 10 characters/);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Create account" }).click();
    // Nothing is created until the link mailed to the address is opened.
    await expect(page).toHaveURL(/\/register\/sent$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your e-mail");
    await expectAccessible(page);
    await openMailedLink(page, email);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Finish registering");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Create my account" }).click();
    await expect(page).toHaveURL(/\/ei\/my$/);
    await expect(page.getByRole("link", { name: "Lin Mei" })).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    // Registering again with the address gets the same answer: the form
    // never says which addresses have accounts (the holder is told by mail).
    await goto(page, "/register");
    await page.getByLabel("Display name").fill("Lin Mei");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/register\/sent$/);
    const mail = await page.request.get(`/__e2e/mail?to=${encodeURIComponent(email)}`);
    expect(await mail.text()).toContain("already has an account");
    await goto(page, "/login");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });

  test("a cook registers with their restaurant, choosing its township from Taitung's @phone", async ({ page }) => {
    await english(page);
    await goto(page, "/register");
    await page.getByLabel("Restaurant staff", { exact: true }).check();
    const email = uniqueEmail("cook");
    await page.getByLabel("Display name").fill("Chen Cook");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByLabel("Restaurant name").fill("Slow Rice House");
    const township = page.getByLabel("Township");
    await expect(township.locator("option")).toHaveCount(17);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("alert")).toHaveText("Give your restaurant's name and choose its township.");
    await township.selectOption({ label: "Chishang Township" });
    await expect(township).toHaveValue("Chishang");
    await expectAccessible(page);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/register\/sent$/);
    await openMailedLink(page, email);
    await page.getByRole("button", { name: "Create my account" }).click();
    await expect(page).toHaveURL(/\/meals\/builder$/);
    await expect(page.getByRole("link", { name: "Chen Cook" })).toBeVisible();
  });

  test("a cook turns on two-step sign-in and signs in with the app's code @phone", async ({ page }) => {
    await english(page);
    const email = uniqueEmail("totp");
    await goto(page, "/register");
    await page.getByLabel("Restaurant staff", { exact: true }).check();
    await page.getByLabel("Display name").fill("Wang Cook");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByLabel("Restaurant name").fill("Two Step Kitchen");
    await page.getByLabel("Township").selectOption({ label: "Chishang Township" });
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/register\/sent$/);
    await openMailedLink(page, email);
    await page.getByRole("button", { name: "Create my account" }).click();
    await expect(page).toHaveURL(/\/meals\/builder$/);

    await goto(page, "/account");
    await expect(page.getByRole("heading", { name: "Two-step sign-in" })).toBeVisible();
    await expectAccessible(page);
    const key = (await page.getByTestId("setup-key").innerText()).trim();
    await page.getByLabel("The six-digit code the app shows").fill("000000");
    await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    await expect(page.getByRole("alert")).toContainText("That code is not right");
    await page.getByLabel("The six-digit code the app shows").fill(totpCode(key, await serverTime(page)));
    await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    await expect(page.getByText("Two-step sign-in is on.")).toBeVisible();

    // Signing in now takes the code; the one just used does not sign in again.
    await page.getByRole("button", { name: "Sign out" }).click();
    await goto(page, "/login");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toContainText("enter the six-digit code");
    await expectAccessible(page);
    // The next time step's code (the one that turned it on is used up).
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByLabel("Code from your authenticator app").fill(totpCode(key, (await serverTime(page)) + 30));
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });

  test("the county administrator sees the rule for two-step sign-in @nojs", async ({ page }) => {
    await english(page);
    await login(page, "county");
    await goto(page, "/accounts");
    const rules = page.locator("ul.rules");
    await expect(rules.getByRole("listitem")).toHaveCount(2);
    await expect(rules).toContainText("Restaurant staff: optional");
    await expectAccessible(page);
  });

  test("the township list is in Chinese on the Chinese page @nojs", async ({ page }) => {
    await page.goto("/register");
    const township = page.getByLabel("所在鄉鎮市");
    await expect(township.locator("option")).toHaveCount(17);
    await expect(township.locator("option", { hasText: "池上鄉" })).toHaveAttribute("value", "Chishang");
    await expect(township.locator("option", { hasText: "蘭嶼鄉" })).toHaveAttribute("value", "Lanyu");
  });

  const navigation: [keyof typeof DEMO, string[], string][] = [
    ["parent", ["My bookings"], "/ei/my"],
    ["staff", ["Centre console"], "/staff"],
    ["city", ["Manage centres", "Institutions", "Audit log", "Accounts"], "/city/centres"],
    ["chef", ["Meal builder", "My menu"], "/meals/builder"],
    ["county", ["Emission-factor standard", "Accounts"], "/county/standard"],
    ["teacher", ["Refer a child"], "/ei/refer"],
    ["caseManager", ["Referral cases"], "/city/cases"],
  ];
  for (const [who, links, start] of navigation) {
    test(`the ${who} account sees its own navigation`, async ({ page }) => {
      await login(page, who);
      await expect(page).toHaveURL(new RegExp(`${start}$`));
      const nav = page.getByRole("navigation", { name: "Main menu" });
      for (const name of links) {
        await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
      }
      for (const [, others] of navigation.filter(([w]) => w !== who)) {
        for (const name of others.filter((o) => !links.includes(o))) {
          await expect(nav.getByRole("link", { name, exact: true })).toHaveCount(0);
        }
      }
      await expectAccessible(page);
    });
  }

  test("a parent is refused the centre console and the audit log", async ({ page }) => {
    await login(page, "parent");
    await goto(page, "/staff");
    await expect(page.getByText("Your account may not use this page.")).toBeVisible();
    await goto(page, "/city/audit");
    await expect(page.getByText("Your account may not use this page.")).toBeVisible();
    await goto(page, "/accounts");
    await expect(page.getByText("Your account may not use this page.")).toBeVisible();
  });

  test("a signed-out visitor is asked to sign in", async ({ page }) => {
    await english(page);
    await goto(page, "/account");
    await expect(page.getByText("Please sign in to use this page.")).toBeVisible();
    await expectAccessible(page);
  });

  test("the site can be used by keyboard alone", async ({ page }) => {
    await english(page);
    await goto(page, "/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
    // Walk forward to the sign-in link and follow it.
    await page.keyboard.press("Shift+Tab");
    for (let i = 0; i < 20; i++) {
      const text = await page.evaluate(() => document.activeElement?.textContent?.trim());
      if (text === "Sign in") break;
      await page.keyboard.press("Shift+Tab");
    }
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/login$/);
    await hydrated(page);
    await page.getByLabel("E-mail").focus();
    await page.keyboard.type(DEMO.parent.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(DEMO.parent.password);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  });

  test("an unknown page is a translated 404", async ({ page }) => {
    const res = await page.goto("/no/such/page");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到頁面");
    await expectAccessible(page);
  });

  // Every page, in both languages, as the role that may open it: no template
  // code, placeholder or translation key may show instead of words.
  const everyPage: [Who | null, string[]][] = [
    [null, ["/", "/ei", "/ei/screening", "/ei/book", "/ei/inquiry", "/ei/centres", "/ei/centres/1", "/ei/refer", "/meals", "/meals/standard", "/login", "/register", "/register/sent", "/register/confirm", "/no/such/page"]],
    ["parent", ["/ei/my", "/account"]],
    ["staff", ["/staff"]],
    ["city", ["/city/centres", "/city/audit", "/city/institutions", "/accounts"]],
    ["chef", ["/meals/builder", "/meals/menu"]],
    ["county", ["/county/standard", "/accounts"]],
    ["teacher", ["/ei/refer"]],
    ["caseManager", ["/city/cases"]],
  ];
  for (const lang of ["zh-Hant-TW", "en"]) {
    test(`no page shows code or an untranslated key (${lang}) @nojs`, async ({ page }) => {
      for (const [who, paths] of everyPage) {
        if (who) await login(page, who);
        await page.context().addCookies([{ name: "lang", value: lang, domain: "127.0.0.1", path: "/" }]);
        for (const path of paths) {
          await goto(page, path);
          await expectNoCode(page);
        }
        if (who === "staff") {
          await page.locator("a[href^='/staff/days/']").first().click();
          await expectNoCode(page);
        }
        if (who === "caseManager") {
          await page.locator("a[href^='/city/cases/']").first().click();
          await expectNoCode(page);
        }
        if (who === null) {
          await goto(page, "/meals");
          const meal = await page.locator("a[href^='/m/']").first().getAttribute("href");
          for (const path of [meal!, `${meal}/label`]) {
            await goto(page, path);
            await expectNoCode(page);
          }
        }
        if (who) await page.context().clearCookies();
      }
    });
  }

  test("health and metrics answer", async ({ request }) => {
    const health = await request.get("/healthz");
    expect(health.status()).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok" });
    const metrics = await request.get("/metrics");
    expect(await metrics.text()).toContain("http_requests_total");
  });
});
