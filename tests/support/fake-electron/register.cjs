// `node -r register.cjs out/main/index.js …`: the built main process with a stand-in
// `electron` module (index.cjs) instead of the real one, which needs the binary.
'use strict';
const Module = require('node:module');
const { join } = require('node:path');

const fake = join(__dirname, 'index.cjs');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? fake : resolve.call(this, request, ...rest);
};
// The arguments as Electron hands them over: an installed app's binary sees
// [binary, …arguments]; `electron path/to/main.js …` sees the script too, and
// sets process.defaultApp.
if (process.env.FAKE_ELECTRON_PACKAGED === '1') process.argv.splice(1, 1);
else process.defaultApp = true;
