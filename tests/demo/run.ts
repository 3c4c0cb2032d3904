/**
 * `npm run demo`: the newcomer's first command. Builds the extension, serves the demo pages (the same real-editor
 * pages the E2E tests use) on 127.0.0.1, and opens Chromium with Reflect Lens loaded. With no display (a server,
 * CI), it runs headless instead: types a reflection into the TinyMCE page, saves a screenshot of the sidebar, and
 * prints where. Finally it shows the CLI's quick check on a sample essay.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, ROOT, startFixtureServer } from '../e2e/harness';

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() === 0) {
    console.log('Installing Debian Chromium (apt-get install -y chromium)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return;
  }
  console.error(`No Chromium at ${CHROMIUM}. Install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}

ensureChromium();
console.log('Building the extension (wxt build)…');
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

const server = await startFixtureServer();
const pages = ['tinymce', 'textarea', 'ckeditor5', 'quill', 'prosemirror', 'react-textarea'].map((name) =>
  server.url(`/fixtures/${name}.html`),
);
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const profile = mkdtempSync(join(tmpdir(), 'reflect-lens-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: false,
  args: [
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
  ],
  viewport: headless ? { width: 1280, height: 800 } : null,
});

const page = context.pages()[0] ?? (await context.newPage());
await page.goto(pages[0]);

if (headless) {
  await page.waitForFunction(() => (window as { editorReady?: boolean }).editorReady === true, null, { timeout: 30_000 });
  const frame = (await (await page.waitForSelector('iframe#reflection_ifr')).contentFrame())!;
  await frame.click('body#tinymce');
  await page.keyboard.insertText(
    'Today we practised active listening in pairs. The exercise was facilitated by our tutor. ' +
      'I felt nervous prior to my turn, and I realised that I rush to fill silences because I want to help. ' +
      'It made me think about how much space a person needs to find their own words.',
  );
  await page.locator('reflect-lens-launcher button').click({ timeout: 20_000 }).catch(() => undefined);
  await page.locator('reflect-lens-sidebar [data-section]').first().waitFor({ timeout: 20_000 });
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const shot = join(ROOT, '.tmp', 'demo-tinymce.png');
  await page.screenshot({ path: shot });
  console.log(`\nNo display here, so the demo ran headless. The sidebar on the TinyMCE page: ${shot}`);
  await context.close();
  await server.close();
} else {
  for (const url of pages.slice(1)) await (await context.newPage()).goto(url);
  await page.bringToFront();
  console.log('\nChromium is open with Reflect Lens loaded. Demo pages (one per editor kind):');
  for (const url of pages) console.log(`  ${url}`);
  console.log('Click into a box and start writing. Close the browser (or press Ctrl+C) to stop.');
}

console.log('\nQuick check from a terminal (npm run --silent cli -- check FILE):\n');
spawnSync(process.execPath, [join(ROOT, 'lib/cli/reflect-lens.mjs'), 'check', join(ROOT, 'tests/demo/sample-essay.txt')], {
  stdio: 'inherit',
});

if (!headless) {
  await new Promise<void>((done) => context.on('close', () => done()));
  await server.close();
}
