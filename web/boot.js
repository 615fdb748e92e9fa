// Starts the Lede app. Trunk's default loader is an inline script, which the
// page's Content-Security-Policy forbids; Trunk.toml's `pattern_script` loads
// this file instead and passes the hashed file names as data attributes.
const boot = document.querySelector('script[data-js][data-wasm]');
const { default: init } = await import(boot.dataset.js);
await init({ module_or_path: boot.dataset.wasm });
