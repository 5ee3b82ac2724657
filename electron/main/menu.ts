import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Command } from '../../shared/contract';
import type { MenuEntry } from './menu-template';

/** Installs the application menu; commands go to the window, About is handled here. */
export function installMenu(
  template: MenuEntry[],
  sendCommand: (command: Command) => void,
  showAbout: () => void,
): void {
  const toOptions = ({
    command,
    action,
    submenu,
    ...rest
  }: MenuEntry): MenuItemConstructorOptions => ({
    ...rest,
    submenu: submenu?.map(toOptions),
    click: command ? () => sendCommand(command) : action === 'about' ? showAbout : undefined,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template.map(toOptions)));
}
