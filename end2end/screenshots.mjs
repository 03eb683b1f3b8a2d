// Screenshots of pages at 360 px and desktop in both languages, for looking at
// what a change did (not a test): BASE (default the end-to-end server), PAGES
// (comma-separated paths), OUT (a folder), LOGIN (email:password) optional.
// Run from end2end/: node screenshots.mjs
import { chromium } from "playwright";
const base = process.env.BASE ?? "http://127.0.0.1:3100";
const pages = (process.env.PAGES ?? "/,/ei,/ei/centres,/ei/refer,/stats/early-intervention,/meals,/farms,/certified,/stats/meals,/meals/standard").split(",");
const out = process.env.OUT ?? "/tmp/shots";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
for (const lang of ["zh-Hant-TW", "en"]) {
  for (const [w, h, tag] of [[360, 800, "phone"], [1280, 900, "desk"]]) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h } });
    await ctx.addCookies([{ name: "lang", value: lang, url: base }]);
    if (process.env.LOGIN) {
      const [email, password] = process.env.LOGIN.split(":");
      const p = await ctx.newPage();
      await p.goto(base + "/login");
      await p.fill("#email", email);
      await p.fill("#password", password);
      await p.click("button[type=submit]");
      await p.waitForLoadState("networkidle");
      await p.close();
    }
    const page = await ctx.newPage();
    for (const path of pages) {
      await page.goto(base + path, { waitUntil: "networkidle" });
      const name = path.replace(/[^a-z0-9]+/gi, "_") || "home";
      await page.screenshot({ path: `${out}/${name}-${lang}-${tag}.png`, fullPage: true });
    }
    await ctx.close();
  }
}
await browser.close();
