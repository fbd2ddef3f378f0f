// Bindings from wrangler.toml, typed for the Worker and for tests that import
// `env`/`exports` from "cloudflare:workers".
declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import("./index.ts");
  }
  interface Env {
    PAPER: KVNamespace;
  }
}
interface Env extends Cloudflare.Env {}
