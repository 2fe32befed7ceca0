// Trunk initializer (index.html: data-initializer on the rust link). Trunk's loader streams the
// wasm through it and reports the bytes read so far against the file's size, so the loading
// panel of index.html (shown when someone presses a link of the prerendered Home before the
// game has started) can show real progress. It only reports: the page's inline boot script
// listens for the "litre-boot" event on window and draws the panel.
const report = (detail) => {
  try {
    window.litreBoot = { ...window.litreBoot, ...detail };
    dispatchEvent(new CustomEvent('litre-boot', { detail: window.litreBoot }));
  } catch (error) {
    console.warn('loading progress:', error);
  }
};

export default function initializer() {
  return {
    onStart: () => report({ phase: 'loading', current: 0, total: 0 }),
    onProgress: ({ current, total }) => report({ phase: 'loading', current, total }),
    onSuccess: () => report({ phase: 'started' }),
    onFailure: (error) => {
      console.error('The game could not start:', error);
      report({ phase: 'failed' });
    },
  };
}
