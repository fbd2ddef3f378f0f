import { AutoRouter } from "itty-router";

const router = AutoRouter();
router.get("/healthz", () => new Response(JSON.stringify({ ok: true }), { headers: { "content-type": "application/json" } }));

export default { fetch: router.fetch } satisfies ExportedHandler<Env>;
