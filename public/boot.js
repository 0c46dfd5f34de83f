// Inlined into index.html by Trunk (its hash is in the Content Security Policy: see
// crates/server/src/csp.rs). Runs before the app: a classic script, while the app's module
// waits for the page to be parsed.
(() => {
  // Trusted Types (the policy requires them for every script sink): the app's own markup
  // passes; markup that could run a script never does, whoever wrote it.
  if (window.trustedTypes && window.trustedTypes.createPolicy) {
    const runs = /<\s*script|<[^>]*[\s/"']on[a-z]+\s*=|javascript:|<\s*iframe|<\s*object|<\s*embed/i;
    window.trustedTypes.createPolicy('default', {
      createHTML(markup) {
        return runs.test(markup) ? null : markup;
      },
      createScriptURL(url) {
        const parsed = new URL(url, document.baseURI);
        return parsed.origin === location.origin ? parsed.href : null;
      },
      // No text is ever turned into a script: createScript is not defined, so eval-like
      // sinks are refused.
    });
  }
  // The service worker keeps the app on the phone (public/sw.js).
  if ('serviceWorker' in navigator) {
    addEventListener('load', () => navigator.serviceWorker.register('/sw.js').catch(() => {}));
  }
})();
