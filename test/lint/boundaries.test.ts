// Proves each process boundary in eslint.config.js actually fires, by linting small snippets
// as if they lived in each folder. If someone loosens the config, these fail.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.js') });

const BOUNDARY_RULES = new Set([
  '@typescript-eslint/no-restricted-imports',
  'no-restricted-imports',
  'no-restricted-syntax',
  'no-restricted-globals',
]);

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId) && m.severity === 2)
    .map((m) => `${m.ruleId}: ${m.message}`);
}

type Case = [file: string, code: string];

const forbidden: Case[] = [
  // renderer: no Node, no electron, no db/ or electron/ code
  ['renderer/x.ts', "import fs from 'node:fs';\nfs.readFileSync('a');"],
  ['renderer/x.ts', "import fs from 'fs';\nfs.readFileSync('a');"],
  ['renderer/x.ts', "import { readFile } from 'fs/promises';\nvoid readFile('a');"],
  ['renderer/x.ts', "import path from 'path';\npath.join('a');"],
  ['renderer/x.ts', "import { spawn } from 'child_process';\nspawn('a');"],
  ['renderer/x.ts', "import os from 'os';\nos.homedir();"],
  ['renderer/x.ts', "import { createHash } from 'crypto';\ncreateHash('a');"],
  ['renderer/x.ts', "import { fileURLToPath } from 'url';\nfileURLToPath('a');"],
  ['renderer/x.ts', "import http from 'http';\nhttp.get('a');"],
  ['renderer/x.ts', "import { ipcRenderer } from 'electron';\nipcRenderer.send('a');"],
  ['renderer/x.ts', "import type { IpcRenderer } from 'electron';\nexport type T = IpcRenderer;"],
  ['renderer/x.tsx', "import { openStore } from '../db/open.ts';\nopenStore(':memory:');"],
  ['renderer/app/x.tsx', "import { dataFile } from '../../electron/paths.ts';\ndataFile();"],
  ['renderer/app/x.tsx', "import type { Store } from '../../db/open.ts';\nexport type S = Store;"],
  ['renderer/x.ts', "export const load = () => import('node:fs');"],
  ['renderer/x.ts', "export const load = () => import('fs');"],
  ['renderer/x.ts', "export const load = () => import('electron');"],
  ['renderer/x.ts', "export const load = () => import('../db/open.ts');"],
  ['renderer/x.ts', "export const fs = require('fs');"],
  ['renderer/x.ts', 'export const home = process.env.HOME;'],
  // shared: pure, no Electron, no Node, no DOM, no other layers
  ['shared/x.ts', "import { app } from 'electron';\napp.quit();"],
  ['shared/x.ts', "import { readFileSync } from 'node:fs';\nreadFileSync('a');"],
  ['shared/x.ts', "import os from 'os';\nos.homedir();"],
  ['shared/dates/x.ts', "import { openStore } from '../../db/open.ts';\nopenStore(':memory:');"],
  ['shared/x.ts', "import { dataFile } from '../electron/paths.ts';\ndataFile();"],
  ['shared/x.ts', "import '../renderer/main.tsx';"],
  ['shared/x.ts', "window.alert('x');"],
  ['shared/x.ts', 'export const t = document.title;'],
  ['shared/x.ts', "export const v = localStorage.getItem('x');"],
  ['shared/x.ts', "export const v = sessionStorage.getItem('x');"],
  ['shared/x.ts', 'export const lang = navigator.language;'],
  ['shared/x.ts', "export const r = fetch('https://example.org');"],
  ['shared/x.ts', 'export const env = process.env.X;'],
  // db: no Electron, no renderer
  ['db/x.ts', "import { app } from 'electron';\napp.quit();"],
  ['db/repositories/x.ts', "import { App } from '../../renderer/app/App.tsx';\nexport default App;"],
  // electron/: only main.ts and preload.ts touch the electron module at runtime
  ['electron/security/x.ts', "import { shell } from 'electron';\nvoid shell.openExternal('https://example.org');"],
  ['electron/services/x.ts', "import { app } from 'electron';\napp.quit();"],
  ['electron/x.ts', "import '../renderer/main.tsx';"],
  // the sandboxed preload may not require Node built-ins
  ['electron/preload.ts', "import fs from 'node:fs';\nfs.readFileSync('a');"],
  ['electron/preload.ts', "import path from 'path';\npath.join('a');"],
];

const allowed: Case[] = [
  ['electron/main.ts', "import { app } from 'electron';\nimport fs from 'node:fs';\nimport { openStore } from '../db/open.ts';\napp.quit();\nfs.existsSync('a');\nopenStore(':memory:');"],
  ['electron/preload.ts', "import { contextBridge } from 'electron';\nimport { IPC_CHANNEL } from '../shared/contract/channel.ts';\ncontextBridge.exposeInMainWorld('x', { IPC_CHANNEL });"],
  ['electron/security/x.ts', "import type { WebContents } from 'electron';\nimport path from 'node:path';\nexport type W = WebContents;\npath.join('a');"],
  ['renderer/x.tsx', "import { useState } from 'react';\nimport { contract } from '../shared/contract/index.ts';\nuseState(contract);\nexport const load = () => import('./page.tsx');\nwindow.document.title = 'x';"],
  ['renderer/components/x.tsx', "import { Button } from './Button.tsx';\nimport { nl } from '../i18n/nl.ts';\nexport { Button, nl };"],
  ['shared/x.ts', "import { z } from 'zod';\nimport { ok } from './contract/result.ts';\nexport const s = z.string();\nexport const r = ok(1);"],
  ['db/x.ts', "import fs from 'node:fs';\nimport { AppFailure } from '../shared/contract/result.ts';\nfs.existsSync('a');\nexport { AppFailure };"],
  ['test/x.test.ts', "import { app } from 'electron';\nimport fs from 'node:fs';\nimport { openStore } from '../db/open.ts';\nexport { app, fs, openStore };"],
];

describe('import boundaries (eslint.config.js)', () => {
  it.each(forbidden)('%s refuses: %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).not.toEqual([]);
  });

  it.each(allowed)('%s allows: %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });

  it('names the boundary in its message', async () => {
    const [message] = await boundaryErrors('renderer/x.ts', "import { app } from 'electron';\napp.quit();");
    expect(message).toMatch(/electron\/main\.ts/);
  });
});
