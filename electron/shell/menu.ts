// The application menu as plain data, so the rules (Dutch labels, no developer tools or reload
// in a packaged build) are tested without Electron. main.ts hands it to Menu.buildFromTemplate.
import { shellMessages } from './messages.ts';

export type MenuRole =
  | 'about' | 'services' | 'hide' | 'hideOthers' | 'unhide' | 'quit'
  | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll'
  | 'reload' | 'toggleDevTools' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen'
  | 'minimize' | 'close' | 'front';

export interface MenuEntry {
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  submenu?: MenuEntry[];
}

export interface MenuContext {
  /** process.platform; macOS gets the app menu it expects. */
  platform: string;
  /** app.isPackaged: a packaged build gets neither developer tools nor reload. */
  isPackaged: boolean;
}

const separator: MenuEntry = { type: 'separator' };

export function buildMenuTemplate({ platform, isPackaged }: MenuContext): MenuEntry[] {
  const m = shellMessages.menu;
  const isMac = platform === 'darwin';
  const template: MenuEntry[] = [];

  if (isMac) {
    template.push({
      label: 'Arrangeur',
      submenu: [
        { role: 'about', label: m.about },
        separator,
        { role: 'services', label: m.services },
        separator,
        { role: 'hide', label: m.hide },
        { role: 'hideOthers', label: m.hideOthers },
        { role: 'unhide', label: m.unhide },
        separator,
        { role: 'quit', label: m.quit },
      ],
    });
  } else {
    template.push({ label: m.file, submenu: [{ role: 'quit', label: m.quit }] });
  }

  template.push({
    label: m.edit,
    submenu: [
      { role: 'undo', label: m.undo },
      { role: 'redo', label: m.redo },
      separator,
      { role: 'cut', label: m.cut },
      { role: 'copy', label: m.copy },
      { role: 'paste', label: m.paste },
      { role: 'selectAll', label: m.selectAll },
    ],
  });

  // Reload throws away a half-filled form; only developers get it.
  const developer: MenuEntry[] = isPackaged
    ? []
    : [{ role: 'reload', label: m.reload }, { role: 'toggleDevTools', label: m.devTools }, separator];
  template.push({
    label: m.view,
    submenu: [
      ...developer,
      { role: 'resetZoom', label: m.resetZoom },
      { role: 'zoomIn', label: m.zoomIn },
      { role: 'zoomOut', label: m.zoomOut },
      separator,
      { role: 'togglefullscreen', label: m.fullScreen },
    ],
  });

  template.push({
    label: m.window,
    submenu: isMac
      ? [{ role: 'minimize', label: m.minimize }, { role: 'close', label: m.close }, separator, { role: 'front', label: m.front }]
      : [{ role: 'minimize', label: m.minimize }, { role: 'close', label: m.close }],
  });

  return template;
}
