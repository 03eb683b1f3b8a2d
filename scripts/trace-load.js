// Where a page's main-thread time goes while it loads: a Chromium trace
// with the CPU slowed four times (as Lighthouse's mobile preset assumes),
// summed by event, with the long tasks and what fills them, and how much
// of it is V8 compiling WebAssembly functions on their first call.
//
// Needs a running server (scripts/e2e-server.sh with the release build)
// and end2end's node_modules. Usage:
//   node scripts/trace-load.js http://127.0.0.1:3400 /meals/builder [email password]
const { chromium } = require('../end2end/node_modules/playwright-core');
const path = require('path');
const os = require('os');

(async () => {
  const [base, page_path, email, password] = process.argv.slice(2);
  if (!base || !page_path) {
    console.error('usage: node scripts/trace-load.js <base> <path> [email password]');
    process.exit(2);
  }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await ctx.newPage();
  if (email) {
    await page.goto(base + '/login');
    await page.fill('#email', email);
    await page.fill('#password', password);
    await Promise.all([page.waitForNavigation(), page.click('form button[type=submit]')]);
  }
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const file = path.join(os.tmpdir(), `trace-${process.pid}.json`);
  await browser.startTracing(page, {
    path: file,
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm', 'disabled-by-default-v8.wasm.detailed', 'blink', 'loading'],
  });
  await page.goto(base + page_path, { waitUntil: 'load' });
  await page.waitForTimeout(5000);
  await browser.stopTracing();
  await browser.close();

  const trace = require(file);
  const events = trace.traceEvents || trace;
  const main = new Set(events
    .filter((e) => e.name === 'thread_name' && e.args && e.args.name === 'CrRendererMain')
    .map((e) => `${e.pid}:${e.tid}`));
  const onMain = (e) => e.ph === 'X' && e.dur && main.has(`${e.pid}:${e.tid}`);
  const ms = (us) => (us / 1000).toFixed(1);
  const tasks = events.filter((e) => onMain(e) && e.name === 'RunTask' && e.dur > 50000);
  console.log(`long tasks (over 50 ms, CPU slowed 4x): ${tasks.map((t) => ms(t.dur)).join(', ') || 'none'} ms`);
  for (const t of tasks) {
    const inside = events.filter((e) => onMain(e) && e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
    const lazy = inside.filter((e) => e.name === 'wasm.CompileLazy');
    const bytes = inside.filter((e) => e.name === 'wasm.CompileBaseline').reduce((a, e) => a + (e.args.bodySize || 0), 0);
    const by = new Map();
    for (const e of inside) by.set(e.name, (by.get(e.name) || 0) + e.dur);
    const top = [...by.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${ms(v)}`).join('; ');
    console.log(`- ${ms(t.dur)} ms: ${lazy.length} WebAssembly functions compiled on first call ` +
      `(${(bytes / 1024).toFixed(0)} KiB) in ${ms(lazy.reduce((a, e) => a + e.dur, 0))} ms; ${top}`);
  }
  require('fs').unlinkSync(file);
})();
