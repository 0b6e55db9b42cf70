/**
 * The frontend team's starting point: a typed client generated from openapi/openapi.yaml (openapi-typescript) and
 * called through openapi-fetch. It walks one routine job of the office, end to end, with no casts and no non-null
 * assertions, so that `tsc --strict` checks every call against the API document.
 *
 *   LIAISON_URL=http://localhost:8080 LIAISON_TOKEN=<a JWT or lia_ token> npm start
 */
import createClient from "openapi-fetch";
import type { components, paths } from "./liaison.js";

type Stakeholder = components["schemas"]["Stakeholder"];
type Problem = components["schemas"]["Problem"];

const baseUrl = process.env.LIAISON_URL ?? "http://localhost:8080";
const token = process.env.LIAISON_TOKEN ?? "";

// JSON is what this script reads (records and problem+json); the lists that also answer text/csv are typed for
// their JSON form here.
const liaison = createClient<paths, `${string}/${string}json`>({
  baseUrl,
  // Lists as the document declares them (style form, explode false): sort=-priority,lastName.
  querySerializer: { array: { style: "form", explode: false } },
  headers: { Authorization: `Bearer ${token}` },
});

/**
 * Every error the service writes is problem+json: say what it said, field by field. (The HTTP layer's 414 and 431 come
 * with no body: then only the status is known.)
 */
function explain(problem: Problem | undefined, status: number): Error {
  if (problem === undefined) {
    return new Error(`HTTP ${status}`);
  }
  const fields = (problem.violations ?? []).map((v) => `${v.field}: ${v.message}`).join("; ");
  return new Error(`${problem.status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ""}${fields ? ` (${fields})` : ""}`);
}

async function main(): Promise<void> {
  // 1. Borough leaders, highest priority first.
  const leaders = await liaison.GET("/api/v1/stakeholders", {
    params: { query: { category: "COUNCIL_LEADER", sort: ["-priority", "lastName"], size: 20 } },
  });
  if (leaders.data === undefined) {
    throw explain(leaders.error, leaders.response.status);
  }
  for (const leader of leaders.data.items) {
    const post = leader.currentPosts[0];
    console.log(`${leader.displayName}${post ? `, ${post.title}` : ""} (${leader.party ?? "no party"})`);
  }

  // 2. A new stakeholder, created once however often this line is retried.
  const created = await liaison.POST("/api/v1/stakeholders", {
    params: { header: { "Idempotency-Key": `office-week-${new Date().toISOString().slice(0, 10)}` } },
    body: {
      honorific: "Cllr",
      firstName: "Morgan",
      lastName: "Examplewood",
      party: "Independent",
      policyInterests: ["housing"],
      priority: "HIGH",
    },
  });
  if (created.data === undefined) {
    throw explain(created.error, created.response.status);
  }
  const stakeholder: Stakeholder = created.data;
  const etag = created.response.headers.get("ETag");
  if (etag === null) {
    throw new Error("a created record always carries its ETag");
  }

  // 3. A merge patch: only the fields sent change; null clears one; If-Match keeps anyone else's change safe.
  const patched = await liaison.PATCH("/api/v1/stakeholders/{stakeholderId}", {
    params: { path: { stakeholderId: stakeholder.id }, header: { "If-Match": etag } },
    body: { influence: 4, interest: 5, notes: null },
  });
  if (patched.data === undefined) {
    throw explain(patched.error, patched.response.status);
  }
  console.log(`${patched.data.displayName} is now at version ${patched.data.version}`);

  // 4. Yesterday's meeting, logged with its follow-up in the same call.
  const me = await liaison.GET("/api/v1/team-members", { params: { query: { size: 1 } } });
  if (me.data === undefined) {
    throw explain(me.error, me.response.status);
  }
  const assignee = me.data.items[0];
  const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000);
  const logged = await liaison.POST("/api/v1/interactions", {
    params: { header: { "Idempotency-Key": `meeting-${stakeholder.id}` } },
    body: {
      type: "MEETING",
      status: "COMPLETED",
      startsAt: yesterday.toISOString(),
      title: "Housing delivery in the borough",
      stakeholderIds: [stakeholder.id],
      policyAreas: ["housing"],
      summary: "Discussed the estate regeneration timetable",
      followUps:
        assignee === undefined
          ? []
          : [{ description: "Send the regeneration briefing", assigneeId: assignee.id, dueDate: yesterday.toISOString().slice(0, 10) }],
    },
  });
  if (logged.data === undefined) {
    throw explain(logged.error, logged.response.status);
  }
  console.log(`Logged ${logged.data.type} ${logged.data.id} with ${logged.data.followUps.length} follow-up(s)`);

  // 5. What is due for me.
  const due = await liaison.GET("/api/v1/alerts/mine", { params: { query: { size: 50 } } });
  if (due.data === undefined) {
    throw explain(due.error, due.response.status);
  }
  for (const alert of due.data.items) {
    console.log(`${alert.severity.padEnd(9)} ${alert.dueDate} ${alert.title}`);
  }
}

main().catch((failure: unknown) => {
  console.error(failure instanceof Error ? failure.message : failure);
  process.exitCode = 1;
});
