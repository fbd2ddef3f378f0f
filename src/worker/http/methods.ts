/** Only GET and HEAD read anything; OPTIONS is the CORS preflight. */
import { ALLOWED_METHODS } from "./cors.ts";
import { problem } from "./problem.ts";

export function methodNotAllowed(method: string): Response {
  return problem(
    405,
    { type: "urn:edgepaper:problem:method-not-allowed", title: "Method not allowed", detail: `${method.slice(0, 20)} is not supported; use ${ALLOWED_METHODS}` },
    { allow: ALLOWED_METHODS, "cache-control": "no-store" },
  );
}

/** A HEAD response: the GET response's status and headers without its body. */
export function headOf(response: Response): Response {
  return new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers });
}
