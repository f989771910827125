// The one Content-Security-Policy of the app. The renderer's index.html carries it as a meta tag
// and the Electron protocol handler sends it as a header, so both must come from this string.
// Why so strict: Arrangeur is offline and holds personal data; no remote origin, no inline
// script, no eval, no plugins, no form posts anywhere.
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";
