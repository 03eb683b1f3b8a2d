import * as crypto from "node:crypto";
import { expect, Page, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/** Demo accounts loaded by DEMO_DATA=1 (see README). */
export const DEMO = {
  parent: { email: "parent@demo.tw", password: "demo-parent-pass" },
  staff: { email: "staff.linkou@demo.tw", password: "demo-staff-pass" },
  city: { email: "city.admin@demo.tw", password: "demo-city-admin-pass" },
  chef: { email: "chef@demo.tw", password: "demo-chef-pass" },
  county: { email: "county.admin@demo.tw", password: "demo-county-admin-pass" },
  teacher: { email: "teacher@demo.tw", password: "demo-teacher-pass" },
  caseManager: { email: "case.manager@demo.tw", password: "demo-case-manager-pass" },
};

export type Who = keyof typeof DEMO;

/** Shows pages in English (the default is Traditional Chinese). */
export async function english(page: Page) {
  await page.context().addCookies([{ name: "lang", value: "en", domain: "127.0.0.1", path: "/" }]);
}

/** Waits until the WebAssembly has hydrated the page (no-op without JavaScript). */
export async function hydrated(page: Page) {
  if (test.info().project.use.javaScriptEnabled === false) return;
  await page.waitForSelector("body[data-hydrated='true']", { timeout: 30_000 });
}

export async function goto(page: Page, path: string) {
  await page.goto(path);
  await hydrated(page);
}

export async function login(page: Page, who: Who) {
  await english(page);
  await goto(page, "/login");
  await page.getByLabel("E-mail").fill(DEMO[who].email);
  await page.getByLabel("Password").fill(DEMO[who].password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** What must never show on a page: code from the templates, unfilled
 * placeholders, or a translation key instead of its words. */
const LEAKS: RegExp[] = [
  /move \|\|/,
  /=>/,
  /\b(?:t|td|tu)(?:_string)?!/,
  /\bview!/,
  /\bon:[a-z]+\s*=/,
  /\{\{\s*\w+\s*\}\}/,
  /(?<![\w@.])(?:common|auth|booking|staff|meals|errors|mail|cases|waitlist|dashboard)\.[a-z][a-z0-9_]+\b(?![@.\w])/,
];

/** Fails when the visible text of the page contains code or an untranslated key. */
export async function expectNoCode(page: Page) {
  const text = await page.locator("body").innerText();
  const found = LEAKS.flatMap((re) => {
    const m = text.match(re);
    return m ? [`${re}: …${text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 60)}…`] : [];
  });
  expect(found, `page ${page.url()} shows code or keys`).toEqual([]);
}

/** axe-core scan against WCAG 2.1 A and AA; fails with the rule ids and elements.
 * Also checks that the page shows no code (in every project). */
export async function expectAccessible(page: Page) {
  await expectNoCode(page);
  // axe runs as a script in the page: the scan belongs to the JavaScript projects.
  if (test.info().project.name === "nojs") return;
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
  }));
  expect(summary, JSON.stringify(summary, null, 2)).toEqual([]);
}

/** A fresh e-mail address per test run. */
export function uniqueEmail(prefix: string) {
  return `${prefix}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.tw`;
}

/** A valid national ID number no other test has used, made by the server with
 * the domain's own check-digit rule (the e2e server runs with E2E_HOOKS). */
export async function nationalId(page: Page): Promise<string> {
  const res = await page.request.get("/__e2e/national-id");
  expect(res.status()).toBe(200);
  return (await res.text()).trim();
}

/** Opens the link in the last mail sent to `email` (the e2e server runs with
 * E2E_HOOKS, which lets the test read the outbox) and lands on its page. */
export async function openMailedLink(page: Page, email: string) {
  const res = await page.request.get(`/__e2e/mail?to=${encodeURIComponent(email)}`);
  expect(res.status()).toBe(200);
  const link = (await res.text()).match(/https?:\/\/\S+\/register\/confirm\?token=\S+/);
  expect(link, "a link to finish registering").not.toBeNull();
  const url = new URL(link![0]);
  await goto(page, url.pathname + url.search);
}

/** Moves the e2e server's clock forward (the server runs with E2E_HOOKS). */
export async function advanceClock(page: Page, seconds: number) {
  const base = test.info().project.use.baseURL!;
  const res = await page.request.post(`/__e2e/clock?advance=${seconds}`, { headers: { origin: base } });
  expect(res.status()).toBe(200);
}

/** An ISO date `days` from today (Taipei). */
export function isoDays(days: number): string {
  const now = new Date(Date.now() + 8 * 3600_000 + days * 86_400_000);
  return now.toISOString().slice(0, 10);
}

/** The English date label the app shows for `days` from today: "Fri 27 Nov 2026". */
export function enDate(days: number): string {
  const d = new Date(Date.now() + 8 * 3600_000 + days * 86_400_000);
  const wd = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][d.getUTCDay()];
  const mo = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.getUTCMonth()];
  return `${wd} ${d.getUTCDate()} ${mo} ${d.getUTCFullYear()}`;
}

/** The e2e server's clock (other tests may have moved it forward), in seconds. */
export async function serverTime(page: Page): Promise<number> {
  const base = test.info().project.use.baseURL!;
  const res = await page.request.post("/__e2e/clock?advance=0", { headers: { origin: base } });
  expect(res.status()).toBe(200);
  return Number((await res.text()).trim());
}

/** The six-digit code an authenticator app shows for `key` (base32, spaces
 * allowed) at `time` (RFC 6238: HMAC-SHA-1, 30-second steps). */
export function totpCode(key: string, time = Date.now() / 1000): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of key.replace(/\s|=/g, "").toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, "0");
  const bytes = Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(time / 30)));
  const mac = crypto.createHmac("sha1", bytes).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  const n = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(n).padStart(6, "0");
}
