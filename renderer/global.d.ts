// The Electron preload exposes the contract as window.arrangeur; in browser mode it is absent and
// renderer/bridge falls back to the loopback HTTP bridge.
import type { ArrangeurBridge } from '../shared/contract/index.ts';

declare global {
  interface Window {
    arrangeur?: ArrangeurBridge;
  }
}

export {};
