#!/usr/bin/env node
// The installed command. It checks the Node.js version before the bundle (dist/index.js and the
// chunks it loads, built for Node 24) is even parsed, so an older Node prints what to install
// instead of a stack trace. Plain JavaScript without top-level await: any Node with ES modules can run it.
/* global process, console */
const REQUIRED = 24;
const major = Number(process.versions.node.split('.')[0]);
if (major < REQUIRED) {
  console.error(
    `kubevirt-transition-check needs Node.js ${REQUIRED} or newer; this is Node.js ${process.versions.node} (${process.execPath}).\n` +
      `Install Node.js ${REQUIRED} (for example 'nvm install ${REQUIRED}', or the image node:${REQUIRED}) and run the command again.`,
  );
  process.exitCode = 3;
} else {
  import('../dist/index.js')
    .then(async ({ cli }) => {
      process.exitCode = await cli(process.argv.slice(2));
    })
    .catch((error) => {
      console.error(error);
      process.exitCode = 3;
    });
}
