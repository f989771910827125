// Runs sandboxed, before the page: it may only require 'electron', and it exposes exactly one
// function. The page never sees ipcRenderer itself, so it cannot pick another channel.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL } from '../shared/contract/channel.ts';
import type { ArrangeurBridge } from '../shared/contract/index.ts';

const bridge = {
  call: (op, input) => ipcRenderer.invoke(IPC_CHANNEL, op, input),
} satisfies ArrangeurBridge;

contextBridge.exposeInMainWorld('arrangeur', bridge);
