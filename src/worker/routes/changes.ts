/** GET /v1/changes?token=…: what publishes and rollbacks changed since an app's last sync. */
import type { Change, ChangeKind } from "../../publish/layout.ts";
import { originOf, respond, type Handler } from "../context.ts";
import { badParameter, resync } from "../http/problem.ts";
import { single } from "../params.ts";
import { changesAfter } from "../store.ts";
import { articleUrls, updatedTime } from "../views.ts";

export const CHANGES_PARAMETERS = ["token"] as const;

/**
 * Each article once, with its latest change in the entries given (oldest first), in the order of
 * those latest changes. An article added and then updated within them is still new to the app.
 */
export function foldChanges(entries: readonly { at: string; changes: readonly Change[] }[]): (Change & { at: string })[] {
  const latest = new Map<string, Change & { at: string }>();
  for (const entry of entries) {
    for (const c of entry.changes) {
      const before: ChangeKind | undefined = latest.get(c.id)?.change;
      latest.delete(c.id);
      latest.set(c.id, { ...c, change: c.change === "updated" && before === "added" ? "added" : c.change, at: entry.at });
    }
  }
  return [...latest.values()];
}

export const listChanges: Handler = async (request, env) => {
  const token = single(new URL(request.url).searchParams, "token");
  if (!token.ok) return badParameter(token.parameter, token.message);
  if (token.value === null) return badParameter("token", "token is required: give the syncToken of an earlier answer (any list of /v1 carries one)");
  if (!/^\d{1,15}$/.test(token.value)) return badParameter("token", `token must be a syncToken from an earlier answer, got "${token.value.slice(0, 40)}"`);
  const from = Number(token.value);
  const found = await changesAfter(env.PAPER, request.live, from);
  if (found === "gone") return resync(`The changes since token ${from} are no longer kept. Fetch the lists again; their syncToken is where to sync from next.`);
  const origin = originOf(request);
  const offset = request.live.manifest.paper.utcOffset;
  const last = found.entries.at(-1)?.seq ?? from;
  return respond(request, {
    build: request.live.id,
    token: String(from),
    syncToken: String(found.more ? last : Math.max(last, Number(request.live.syncToken))),
    more: found.more,
    changes: foldChanges(found.entries).map((c) => ({ id: c.id, change: c.change, at: updatedTime(c.at, offset), ...(c.into === undefined ? {} : { into: c.into }), ...(c.reason === undefined ? {} : { reason: c.reason }), urls: articleUrls(origin, c.id) })),
  });
};
