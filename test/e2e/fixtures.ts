// Playwright fixtures that run the REAL services: electron/bridge/serve.ts (store, services,
// loopback bridge) in a child process on a temporary data folder, serving the built renderer.
// After every start the browser context logs in as an adviser does: it opens the one-time
// login address the process printed, which sets the session cookie; test calls go through the
// same context (its cookie), never with a secret read from a page.
// A test can stop and start the services on the same folder, as an adviser closing and
// reopening the app would. Every page is also watched for CSP violations and script errors:
// a screen that only works with a relaxed CSP must fail here, not in the field.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import type { OpInput, OpName, OpOutput, Result } from '../../shared/contract/index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const builtIndex = path.join(repoRoot, 'dist/renderer/index.html');
const serveEntry = path.join(repoRoot, 'electron/bridge/serve.ts');
const READY = 'ARRANGEUR_BRIDGE_READY ';
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

export interface RunningServices {
  readonly url: string;
  readonly port: number;
  /** The one-time login address; already used by the fixture when a test sees it. */
  readonly loginUrl: string;
}

export interface Services {
  /** The data folder (ARRANGEUR_DATA_DIR) shared by every start within one test. */
  readonly dataDir: string;
  /** Base URL of the running services; changes after a restart (random port). */
  readonly url: string;
  start(): Promise<RunningServices>;
  stop(): Promise<void>;
  restart(): Promise<RunningServices>;
  /** Calls an operation through the bridge with the browser context's session, as the renderer does. */
  call<K extends OpName>(op: K, input: OpInput<K>): Promise<Result<OpOutput<K>>>;
}

const assertRendererBuilt = () => {
  if (!existsSync(builtIndex)) {
    throw new Error(`${path.relative(repoRoot, builtIndex)} is missing: build the renderer first with "npx vite build".`);
  }
  if (!existsSync(serveEntry)) {
    throw new Error(`${path.relative(repoRoot, serveEntry)} is missing: the loopback bridge entry is needed for end-to-end tests.`);
  }
};

/** Starts serve.ts and resolves when it prints its machine-readable ready line. */
const startProcess = (dataDir: string): Promise<{ child: ChildProcessWithoutNullStreams; running: RunningServices }> =>
  new Promise((resolve, reject) => {
    // Node with the tsx loader directly (not `npx tsx`): one process, so SIGTERM reaches
    // serve.ts itself and it closes the store cleanly.
    const child = spawn(process.execPath, ['--import', 'tsx', serveEntry], {
      cwd: repoRoot,
      env: { ...process.env, ARRANGEUR_DATA_DIR: dataDir, ARRANGEUR_BRIDGE_PORT: '0' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`services did not report ready within ${START_TIMEOUT_MS} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }, START_TIMEOUT_MS);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      const line = stdout.split('\n').find((l) => l.startsWith(READY));
      if (!line) return;
      clearTimeout(timer);
      try {
        const running = JSON.parse(line.slice(READY.length)) as RunningServices;
        resolve({ child, running });
      } catch (error) {
        child.kill('SIGKILL');
        reject(new Error(`unreadable ready line: ${line} (${String(error)})`));
      }
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`services exited before ready (code ${code}, signal ${signal})\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    });
  });

const stopProcess = (child: ChildProcessWithoutNullStreams): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });

/**
 * Opens the one-time login address in the browser, as the adviser does with the printed one:
 * the session cookie lands in the context, and the browser ends on the clean address.
 */
const logIn = async (context: BrowserContext, running: RunningServices): Promise<void> => {
  const page = await context.newPage();
  try {
    const response = await page.goto(running.loginUrl);
    expect(response?.status(), 'the login address should lead to the app').toBe(200);
    expect(page.url(), 'after logging in the address carries no secret').toBe(running.url);
  } finally {
    await page.close();
  }
};

export const test = base.extend<{ services: Services; pageGuard: void }>({
  services: async ({ context }, use) => {
    assertRendererBuilt();
    const dataDir = await mkdtemp(path.join(tmpdir(), 'arrangeur-e2e-'));
    let child: ChildProcessWithoutNullStreams | null = null;
    let running: RunningServices | null = null;

    const services: Services = {
      dataDir,
      get url() {
        if (!running) throw new Error('services are not running');
        return running.url;
      },
      async start() {
        if (child) throw new Error('services are already running');
        const started = await startProcess(dataDir);
        child = started.child;
        running = started.running;
        await logIn(context, running);
        return running;
      },
      async stop() {
        if (!child) return;
        await stopProcess(child);
        child = null;
        running = null;
      },
      async restart() {
        await services.stop();
        return services.start();
      },
      async call(op, input) {
        // context.request shares the browser context's cookies: the session from logIn.
        const response = await context.request.post(new URL('/api/call', services.url).toString(), {
          headers: { 'Content-Type': 'application/json' },
          data: JSON.stringify({ op, input }),
        });
        return (await response.json()) as Result<OpOutput<typeof op>>;
      },
    };

    await services.start();
    try {
      await use(services);
    } finally {
      await services.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  },

  // Fails the test on any CSP violation or uncaught script error in the page.
  pageGuard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`);
        });
      });
      // The init script above is also injected into sandboxed frames without allow-scripts (the
      // print view's document), where Chromium refuses it and says so: that refusal is the test's
      // own doing and proves the frame runs nothing, so it is not a problem of the page.
      const ownScriptRefused = /^Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/;
      page.on('console', (message) => {
        if (message.type() === 'error' && !ownScriptRefused.test(message.text())) problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await use();
      expect(problems, 'the page logged errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app and waits until the dossier list (or another view) has rendered its heading. */
export const openApp = async (page: Page, url: string, hash = '#/dossiers'): Promise<void> => {
  await page.goto(new URL(hash, url).toString());
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
};
