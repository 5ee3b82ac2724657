import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Command } from '../../shared/contract';
import type { MenuEntry } from './menu-template';

/** Installs the application menu; every command goes to the window. */
export function installMenu(template: MenuEntry[], sendCommand: (command: Command) => void): void {
  const toOptions = ({ command, submenu, ...rest }: MenuEntry): MenuItemConstructorOptions => ({
    ...rest,
    submenu: submenu?.map(toOptions),
    click: command ? () => sendCommand(command) : undefined,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template.map(toOptions)));
}
