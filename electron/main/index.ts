// The app's entry: `credential-catalog list` (any command, or --help) runs the
// command line in this process and exits; without one, the desktop app starts.
import { app } from 'electron';
import { cliArguments, runCliInApp } from './cli-in-app';
import { chooseDataFolder, startDesktopApp } from './desktop-app';

chooseDataFolder(); // before anything reads it: the window and the command line use the same
const cli = cliArguments(process.argv, process.defaultApp === true);
if (cli) void runCliInApp(app, cli);
else startDesktopApp();
