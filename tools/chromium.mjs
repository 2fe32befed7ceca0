// Debian's Chromium as every tool here launches it (the build's prerender, the end-to-end tests,
// the bench, Lighthouse): headless, and with nothing that reaches out to the network, which
// this machine's closed network would refuse.
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
