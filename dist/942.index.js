export const id = 942;

export const ids = [ 942 ];

export const modules = {
    20942: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            publishReport: () => publishReport
        });
        var external_node_path_ = __webpack_require__(76760);
        var core = __webpack_require__(91659);
        var src_outcome = __webpack_require__(34671);
        var src_trend = __webpack_require__(88796);
        var errors = __webpack_require__(70017);
        var util_text = __webpack_require__(49997);
        var files = __webpack_require__(50561);
        var suite_report = __webpack_require__(55354);
        var timeline_json = __webpack_require__(2651);
        async function compareWithBaseline(outcome, config, context, history) {
            const documents = await baselineDocuments(config, history);
            if (!documents) return;
            const current = (0, src_trend.dl)((0, timeline_json.$I)(outcome, context));
            return (0, src_trend.qB)((0, src_trend.Cw)(documents).map(src_trend.dl), current, {
                threshold: config.regressionThreshold
            });
        }
        async function compareChecksWithBaseline(outcome, config, context, history) {
            const documents = await baselineDocuments(config, history);
            if (!documents) return;
            return Object.fromEntries((outcome.checks ?? []).map(check => {
                const current = (0, src_trend.dl)((0, timeline_json.$I)(check.outcome, (0, suite_report.M_)(context, check)));
                const earlier = (0, src_trend.Cw)(documents, check.name).map(src_trend.dl);
                return [ check.name, (0, src_trend.qB)(earlier, current, {
                    threshold: config.regressionThreshold
                }) ];
            }));
        }
        async function baselineDocuments(config, history) {
            if (config.baseline === "none") return;
            if (config.baseline === "auto") {
                if (!history) {
                    core.debug("baseline: auto needs the GitHub API of a workflow run: no comparison.");
                    return;
                }
                return history(config);
            }
            try {
                return await (0, src_trend.Qn)(config.baseline, problem => core.notice(`Baseline file left out: ${problem.message}`));
            } catch (error) {
                core.notice(`No comparison with earlier runs: the baseline ${config.baseline} cannot be read (${(0, 
                errors.g)(error)}). Give a timeline JSON file or a folder of them, 'auto' or 'none'.`);
                return;
            }
        }
        var markdown = __webpack_require__(13262);
        var external_node_fs_ = __webpack_require__(73024);
        var lib_github = __webpack_require__(61351);
        var words = __webpack_require__(2250);
        const GITHUB_REQUEST_TIMEOUT_MS = 3e4;
        const GITHUB_BUDGET_MS = 12e4;
        const DEFAULT_RETRY = {
            maxRetries: 3,
            maxWaitMs: 6e4,
            serverErrorBackoffMs: 1e3,
            budgetMs: GITHUB_BUDGET_MS,
            sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
            now: () => Date.now()
        };
        const TRANSIENT_SERVER_ERRORS = new Set([ 500, 502, 503, 504 ]);
        class RateLimitError extends Error {
            status;
            constructor(message, status) {
                super(message);
                this.name = "RateLimitError";
                this.status = status;
            }
        }
        class GitHubBudgetError extends Error {
            constructor(message, options) {
                super(message, options);
                this.name = "GitHubBudgetError";
            }
        }
        function httpFailure(error) {
            if (!(error instanceof Error) || !("status" in error) || typeof error.status !== "number") return;
            const response = "response" in error ? error.response : void 0;
            const headers = {};
            let message = error.message;
            if (typeof response === "object" && response !== null) {
                if ("headers" in response && typeof response.headers === "object" && response.headers) for (const [name, value] of Object.entries(response.headers)) if (value !== void 0 && value !== null) headers[name.toLowerCase()] = String(value);
                if ("data" in response && typeof response.data === "object" && response.data) {
                    const data = response.data;
                    if ("message" in data && typeof data.message === "string") message = data.message;
                }
            }
            return {
                status: error.status,
                message: message,
                headers: headers
            };
        }
        function rateLimitWaitMs(failure, nowMs) {
            if (failure.status !== 403 && failure.status !== 429) return;
            const retryAfter = failure.headers["retry-after"];
            if (retryAfter !== void 0) {
                const seconds = Number(retryAfter);
                if (Number.isFinite(seconds)) return Math.max(0, seconds * 1e3);
                const date = Date.parse(retryAfter);
                if (Number.isFinite(date)) return Math.max(0, date - nowMs);
            }
            const reset = Number(failure.headers["x-ratelimit-reset"]);
            if (failure.headers["x-ratelimit-remaining"] === "0" && Number.isFinite(reset)) return Math.max(1e3, reset * 1e3 - nowMs);
            if (failure.status === 429 || /secondary rate limit|abuse/i.test(failure.message)) return 6e4;
            return;
        }
        function gitHubClient(token, options = {}) {
            const baseUrl = (options.baseUrl || process.env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
            const policy = {
                ...DEFAULT_RETRY,
                ...options.retry
            };
            const deadline = policy.now() + policy.budgetMs;
            const bound = (0, words.a3)(policy.budgetMs);
            const github = (0, lib_github.Q)(token, {
                baseUrl: baseUrl,
                request: {
                    fetch: fetchWithin(() => Math.min(options.requestTimeoutMs ?? GITHUB_REQUEST_TIMEOUT_MS, Math.max(1, deadline - policy.now())))
                }
            });
            github.hook.wrap("request", async (request, requestOptions) => {
                const call = `${requestOptions.method} ${String(requestOptions.url)}`;
                for (let retry = 0; ;retry++) {
                    if (policy.now() >= deadline) throw new GitHubBudgetError(`${call} was not sent: these GitHub calls used up the ${bound} they may take.`);
                    try {
                        return await request(requestOptions);
                    } catch (error) {
                        const wait = retryWait(error, retry, policy);
                        if (wait === void 0) throw error;
                        const {failure: failure, waitMs: waitMs, rateLimited: rateLimited} = wait;
                        if (retry >= policy.maxRetries || waitMs > policy.maxWaitMs) {
                            const tries = `gave up after ${retry} ${retry === 1 ? "retry" : "retries"}`;
                            if (!rateLimited) throw error;
                            throw new RateLimitError(`GitHub rate-limited ${call} (${failure.status}: ${failure.message}); ${tries}, the limit asks for another ${(0, 
                            words.a3)(waitMs)}.`, failure.status);
                        }
                        const what = rateLimited ? "rate-limited" : `answered ${failure.status} to`;
                        if (policy.now() + waitMs >= deadline) throw new GitHubBudgetError(`GitHub ${what} ${call} (${failure.status}: ${failure.message}); not retried: waiting ${(0, 
                        words.a3)(waitMs)} would pass the ${bound} these GitHub calls may take.`, {
                            cause: error
                        });
                        policy.onWait?.(`GitHub ${what} ${call} (${failure.status}); waiting ${(0, words.a3)(waitMs)} before retry ${retry + 1} of ${policy.maxRetries}.`);
                        await policy.sleep(waitMs);
                        const lookAgain = requestOptions.request?.lookAgain;
                        if (lookAgain && !rateLimited) {
                            const found = await lookAgain();
                            if (found !== void 0) return {
                                status: 200,
                                url: String(requestOptions.url),
                                headers: {},
                                data: found
                            };
                        }
                    }
                }
            });
            return github;
        }
        function retryWait(error, retry, policy) {
            const failure = httpFailure(error);
            if (!failure) return;
            const limited = rateLimitWaitMs(failure, policy.now());
            if (limited !== void 0) return {
                failure: failure,
                waitMs: limited,
                rateLimited: true
            };
            const answered = error instanceof Error && "response" in error && error.response !== void 0;
            if (!answered || !TRANSIENT_SERVER_ERRORS.has(failure.status)) return;
            const asked = Number(failure.headers["retry-after"]);
            const waitMs = Number.isFinite(asked) ? Math.max(0, asked * 1e3) : policy.serverErrorBackoffMs * 2 ** retry;
            return {
                failure: failure,
                waitMs: waitMs,
                rateLimited: false
            };
        }
        function fetchWithin(timeoutMs) {
            return async (input, init = {}) => {
                const ms = timeoutMs();
                const deadline = AbortSignal.timeout(ms);
                const signal = init.signal ? AbortSignal.any([ init.signal, deadline ]) : deadline;
                try {
                    return await fetch(input, {
                        ...init,
                        signal: signal
                    });
                } catch (error) {
                    if (!deadline.aborted || init.signal?.aborted) throw error;
                    const url = new URL(input instanceof Request ? input.url : String(input));
                    throw new Error(`GitHub did not answer ${init.method ?? "GET"} ${url.pathname} within ${(0, 
                    words.a3)(ms)}`, {
                        cause: error
                    });
                }
            };
        }
        function readRunEvent(env) {
            const [owner, repo, extra] = (env.GITHUB_REPOSITORY ?? "").split("/");
            if (!owner || !repo || extra !== void 0) return;
            const payload = readPayload(env.GITHUB_EVENT_PATH);
            const event = {
                name: env.GITHUB_EVENT_NAME ?? "",
                owner: owner,
                repo: repo
            };
            const defaultBranch = field(field(payload, "repository"), "default_branch");
            if (typeof defaultBranch === "string") event.defaultBranch = defaultBranch;
            const pr = field(payload, "pull_request");
            const issue = field(payload, "issue");
            if (typeof field(pr, "number") === "number") {
                const head = field(field(field(pr, "head"), "repo"), "full_name");
                const base = field(field(field(pr, "base"), "repo"), "full_name");
                event.pullRequest = {
                    number: field(pr, "number"),
                    fromFork: typeof base === "string" && head !== base
                };
            } else if (field(issue, "pull_request") && typeof field(issue, "number") === "number") event.pullRequest = {
                number: field(issue, "number"),
                fromFork: false
            };
            return event;
        }
        function readPayload(path) {
            if (!path) return;
            try {
                return JSON.parse((0, external_node_fs_.readFileSync)(path, "utf8"));
            } catch {
                return;
            }
        }
        function field(value, name) {
            return typeof value === "object" && value !== null ? value[name] : void 0;
        }
        function isPermissionDenied(error) {
            const failure = httpFailure(error);
            return failure?.status === 403 && !(error instanceof RateLimitError);
        }
        function acceptedPermissions(error) {
            return httpFailure(error)?.headers["x-accepted-github-permissions"];
        }
        function describeFailure(error) {
            const failure = httpFailure(error);
            return failure ? `${failure.status} ${failure.message}` : (0, errors.g)(error);
        }
        function info(line) {
            core.info((0, util_text.sN)(line));
        }
        const actionLog = {
            info: info,
            warning: line => core.warning(line)
        };
        const GITHUB_TOKEN_LOGIN = "github-actions[bot]";
        async function tokenLogin(github) {
            try {
                const data = await github.graphql("query { viewer { login } }");
                const login = data.viewer?.login;
                if (typeof login === "string" && login !== "") return {
                    login: login,
                    assumed: false
                };
            } catch (error) {
                if (error instanceof RateLimitError || error instanceof GitHubBudgetError) throw error;
            }
            return {
                login: GITHUB_TOKEN_LOGIN,
                assumed: true
            };
        }
        function sameLogin(a, b) {
            const plain = login => login.toLowerCase().replace(/\[bot\]$/, "");
            return a !== void 0 && plain(a) === plain(b);
        }
        async function upsertStickyComment(github, comment) {
            if (!comment.body.includes(comment.marker)) throw new Error("the sticky comment body must contain its marker, or it cannot be found again");
            const {owner: owner, repo: repo} = comment;
            const [first, ...others] = await ownMarkedComments(github, comment);
            if (!first) {
                if (!comment.create) return {
                    action: "none"
                };
                const created = await github.rest.issues.createComment({
                    owner: owner,
                    repo: repo,
                    issue_number: comment.issueNumber,
                    body: comment.body,
                    request: {
                        lookAgain: async () => (await ownMarkedComments(github, comment))[0]
                    }
                });
                return {
                    action: "created",
                    url: created.data.html_url,
                    id: created.data.id
                };
            }
            let result;
            if (first.body === comment.body) result = {
                action: "unchanged",
                url: first.html_url,
                id: first.id
            }; else {
                const updated = await github.rest.issues.updateComment({
                    owner: owner,
                    repo: repo,
                    comment_id: first.id,
                    body: comment.body
                }).catch(error => {
                    throw new StaleCommentError(first.html_url, error);
                });
                result = {
                    action: "updated",
                    url: updated.data.html_url,
                    id: updated.data.id
                };
            }
            for (const duplicate of others) await github.rest.issues.deleteComment({
                owner: owner,
                repo: repo,
                comment_id: duplicate.id
            }).catch(() => {});
            return result;
        }
        async function ownMarkedComments(github, comment) {
            const marked = [];
            for await (const page of github.paginate.iterator(github.rest.issues.listComments, {
                owner: comment.owner,
                repo: comment.repo,
                issue_number: comment.issueNumber,
                per_page: 100
            })) marked.push(...page.data.filter(existing => existing.body?.includes(comment.marker)));
            if (marked.length === 0) return [];
            const self = (await tokenLogin(github)).login;
            return marked.filter(existing => sameLogin(existing.user?.login, self));
        }
        class StaleCommentError extends Error {
            url;
            constructor(url, cause) {
                super(`could not update ${url}: ${describeFailure(cause)}`, {
                    cause: cause
                });
                this.name = "StaleCommentError";
                this.url = url;
            }
        }
        async function publishComment(outcome, config, context, event, github, notes) {
            if (config.comment === "never") return;
            const pr = event?.pullRequest;
            if (!event || !pr) {
                core.debug("Not a pull request run: no PR comment.");
                return;
            }
            if (!github) {
                notes.push("No github-token was given, so the PR comment was not written; this summary has the report.");
                core.notice("No github-token: the PR comment was not written; the job summary has the report.");
                return;
            }
            const create = config.comment === "always" || outcome.result !== "passed";
            try {
                const result = await upsertStickyComment(github, {
                    owner: event.owner,
                    repo: event.repo,
                    issueNumber: pr.number,
                    marker: (0, markdown.Ql)(context.checkName),
                    body: (0, markdown.wQ)(outcome, context),
                    create: create
                });
                if (result.action !== "none") info(`PR comment ${result.action}: ${result.url ?? ""}`);
                return result.url;
            } catch (error) {
                if (error instanceof StaleCommentError) {
                    const cause = error.cause;
                    const permission = isPermissionDenied(cause) ? ` The token may not edit it${acceptedPermissions(cause) ? ` (needs ${acceptedPermissions(cause)})` : ""}.` : "";
                    notes.push(`The PR comment is stale: it still shows an earlier run's report, as it could not be updated (${describeFailure(cause)}). This run's result is ${outcome.result}; this summary has its report.`);
                    core.warning((0, util_text.sN)(`The PR comment ${error.url} is stale: it still shows an earlier run's report, as it could not be updated (${describeFailure(cause)}).${permission} This run's result is ${outcome.result}; the job summary has its report.`), {
                        title: "PR comment is stale"
                    });
                    return;
                }
                if (isPermissionDenied(error)) {
                    const needed = acceptedPermissions(error);
                    if (pr.fromFork) {
                        notes.push("This pull request comes from a fork, whose token is read-only, so the PR comment was not written; this summary has the report.");
                        core.notice(`The PR comment was not written: a pull request from a fork gets a read-only token (${describeFailure(error)}). The job summary has the report.`);
                    } else {
                        notes.push("The token may not comment on this pull request; this summary has the report.");
                        core.warning(`The PR comment was not written: the token may not comment (${describeFailure(error)}${needed ? `; needs ${needed}` : ""}). Give the job 'permissions: pull-requests: write', or set 'comment: never'.`);
                    }
                } else {
                    notes.push("The PR comment could not be written; this summary has the report.");
                    core.warning(`The PR comment could not be written: ${describeFailure(error)}`);
                }
                return;
            }
        }
        var external_node_crypto_ = __webpack_require__(77598);
        var deadline = __webpack_require__(84054);
        function timelineArtifactName(checkName) {
            const readable = checkName.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80);
            const hash = (0, external_node_crypto_.createHash)("sha256").update(checkName).digest("hex").slice(0, 8);
            return `kubevirt-transition-check-timeline-${readable ? `${readable}-` : ""}${hash}`;
        }
        const ARTIFACT_UPLOAD_TIMEOUT_MS = 12e4;
        async function uploadTimelineArtifact(path, checkName) {
            const {DefaultArtifactClient: DefaultArtifactClient} = await __webpack_require__.e(645).then(__webpack_require__.bind(__webpack_require__, 9645));
            const client = new DefaultArtifactClient;
            const name = timelineArtifactName(checkName);
            await client.deleteArtifact(name).catch(() => {});
            const {id: id} = await client.uploadArtifact(name, [ path ], (0, external_node_path_.dirname)(path));
            if (id === void 0) throw new Error("the artifact service returned no artifact id");
            return id;
        }
        const BASELINE_RESULTS = new Set([ "passed", "flaky" ]);
        const RUNS_PER_WANTED = 3;
        const PAGE_SIZE = 50;
        async function fetchHistory(github, query, notice) {
            const events = query.eventName === "schedule" ? [ "schedule" ] : [ "schedule", "push", "workflow_dispatch" ];
            const name = timelineArtifactName(query.checkName);
            const documents = [];
            const left = {
                expired: 0,
                missing: 0,
                unusable: 0,
                failed: 0
            };
            let looked = 0;
            for await (const run of earlierRuns(github, query)) {
                if (documents.length >= query.count || looked >= query.count * RUNS_PER_WANTED) break;
                if (run.id === query.runId || !events.includes(run.event)) continue;
                looked++;
                const {data: data} = await github.rest.actions.listWorkflowRunArtifacts({
                    owner: query.owner,
                    repo: query.repo,
                    run_id: run.id,
                    name: name
                });
                const artifact = data.artifacts.find(candidate => candidate.name === name);
                if (!artifact) {
                    left.missing++;
                    continue;
                }
                if (artifact.expired) {
                    left.expired++;
                    continue;
                }
                const source = `the timeline artifact of run ${run.id}`;
                try {
                    const zip = await downloadZip(github, query, artifact.id);
                    if (zip === "expired") {
                        left.expired++;
                        continue;
                    }
                    const document = timelineFromZip(zip, source);
                    if (!BASELINE_RESULTS.has(document.result)) {
                        left.failed++;
                        continue;
                    }
                    documents.push(document);
                } catch (error) {
                    if (isPermissionDenied(error)) throw error;
                    left.unusable++;
                    notice(error instanceof src_trend.N7 ? `Left out ${error.message}` : `Left out ${source}: ${describeFailure(error)}`);
                }
            }
            if (left.expired > 0) notice(`${left.expired} earlier run${left.expired === 1 ? "" : "s"} had an expired timeline artifact (artifact retention).`);
            if (left.failed > 0) notice(`Left out ${left.failed} earlier run${left.failed === 1 ? "" : "s"} whose check failed: a failed check's timing is not a baseline.`);
            return documents.reverse();
        }
        async function* earlierRuns(github, query) {
            const parameters = {
                owner: query.owner,
                repo: query.repo,
                branch: query.defaultBranch,
                status: "completed",
                per_page: PAGE_SIZE
            };
            const pages = query.workflow ? github.paginate.iterator(github.rest.actions.listWorkflowRuns, {
                ...parameters,
                workflow_id: query.workflow
            }) : github.paginate.iterator(github.rest.actions.listWorkflowRunsForRepo, parameters);
            for await (const page of pages) for (const run of page.data) yield {
                id: run.id,
                event: run.event
            };
        }
        async function downloadZip(github, query, artifactId) {
            try {
                const response = await github.rest.actions.downloadArtifact({
                    owner: query.owner,
                    repo: query.repo,
                    artifact_id: artifactId,
                    archive_format: "zip"
                });
                return Buffer.from(response.data);
            } catch (error) {
                if (error.status === 410) return "expired";
                throw error;
            }
        }
        function timelineFromZip(zip, source) {
            let entries;
            try {
                entries = (0, src_trend.ue)(zip);
            } catch (error) {
                throw new Error(`the zip cannot be read (${(0, errors.g)(error)})`, {
                    cause: error
                });
            }
            const json = entries.filter(entry => (0, external_node_path_.basename)(entry.name).endsWith(".json"));
            if (json.length !== 1) throw new Error(`the zip holds ${json.length} JSON files, not the one timeline`);
            return (0, src_trend.Gv)(json[0].content.toString("utf8"), source);
        }
        function workflowFile(env) {
            const match = /\/\.github\/workflows\/([^@/]+)@/.exec(env.GITHUB_WORKFLOW_REF ?? "");
            return match?.[1];
        }
        function gitHubHistory(github, event, checkName, env, notice, debug = () => {}) {
            return async config => {
                if (!event.defaultBranch) {
                    debug("No comparison with earlier runs: the event payload does not name the default branch.");
                    return;
                }
                const runId = Number(env.GITHUB_RUN_ID);
                try {
                    return await fetchHistory(github, {
                        owner: event.owner,
                        repo: event.repo,
                        defaultBranch: event.defaultBranch,
                        eventName: event.name,
                        runId: Number.isInteger(runId) ? runId : void 0,
                        workflow: workflowFile(env),
                        checkName: checkName,
                        count: config.history
                    }, notice);
                } catch (error) {
                    notice(isPermissionDenied(error) ? `No comparison with earlier runs: the token may not read this repository's workflow runs and artifacts (${describeFailure(error)}). Give the job 'permissions: actions: read', or set 'baseline: none'.` : `No comparison with earlier runs: ${describeFailure(error)}`);
                    return;
                }
            };
        }
        async function storeTimeline(path, checkName, env, log, timeoutMs = ARTIFACT_UPLOAD_TIMEOUT_MS) {
            if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) return;
            try {
                const id = await (0, deadline.f)(uploadTimelineArtifact(path, checkName), timeoutMs, () => new Error(`the upload did not finish within ${(0, 
                words.a3)(timeoutMs)}`));
                log.info(`Stored the timeline as artifact ${timelineArtifactName(checkName)} (id ${id}) for later runs to compare with.`);
            } catch (error) {
                log.warning(`Could not store the timeline as an artifact, so later runs cannot compare with this one: ${(0, 
                errors.g)(error)}`);
            }
        }
        var render_escape = __webpack_require__(70752);
        var trend_section = __webpack_require__(75290);
        async function reconcileNightlyIssue(github, issue) {
            const {owner: owner, repo: repo} = issue;
            const open = await findOpenIssue(github, issue);
            const run = issue.runUrl ? ` in [this run](${issue.runUrl})` : "";
            const comment = async (number, headline) => github.rest.issues.createComment({
                owner: owner,
                repo: repo,
                issue_number: number,
                body: `${headline}\n\n${issue.report}`
            });
            switch (issue.state) {
              case "failing":
              case "regressed":
                {
                    if (open) {
                        await comment(open.number, issue.state === "failing" ? `The check failed again${run}.` : `The check passed${run}, but its timing regressed.`);
                        return {
                            action: "commented",
                            url: open.html_url,
                            number: open.number
                        };
                    }
                    await ensureLabel(github, owner, repo, issue.label);
                    const created = await github.rest.issues.create({
                        owner: owner,
                        repo: repo,
                        title: issue.title,
                        labels: [ issue.label ],
                        body: `${issue.report}\n\n${issue.marker}`,
                        request: {
                            lookAgain: () => findOpenIssue(github, issue)
                        }
                    });
                    return {
                        action: "opened",
                        url: created.data.html_url,
                        number: created.data.number
                    };
                }

              case "flaky":
                if (!open) return {
                    action: "none"
                };
                await comment(open.number, `The check passed${run}, but only on a retry (flaky).`);
                return {
                    action: "commented",
                    url: open.html_url,
                    number: open.number
                };

              case "passing":
                if (!open) return {
                    action: "none"
                };
                await comment(open.number, `The check passes again${run}; closing.`);
                await github.rest.issues.update({
                    owner: owner,
                    repo: repo,
                    issue_number: open.number,
                    state: "closed",
                    state_reason: "completed"
                });
                return {
                    action: "closed",
                    url: open.html_url,
                    number: open.number
                };
            }
        }
        async function findOpenIssue(github, issue) {
            for await (const page of github.paginate.iterator(github.rest.issues.listForRepo, {
                owner: issue.owner,
                repo: issue.repo,
                labels: issue.label,
                state: "open",
                per_page: 100
            })) {
                const open = page.data.find(found => !found.pull_request && found.body?.includes(issue.marker));
                if (open) return open;
            }
            return;
        }
        async function ensureLabel(github, owner, repo, name) {
            try {
                await github.rest.issues.getLabel({
                    owner: owner,
                    repo: repo,
                    name: name
                });
                return;
            } catch (error) {
                if (httpFailure(error)?.status !== 404) throw error;
            }
            try {
                await github.rest.issues.createLabel({
                    owner: owner,
                    repo: repo,
                    name: name,
                    color: "b60205",
                    description: "Opened by kubevirt-transition-check while a scheduled check fails"
                });
            } catch (error) {
                if (httpFailure(error)?.status !== 422) throw error;
            }
        }
        async function publishIssue(outcome, config, context, event, github) {
            if (!config.issueOnFailure) return;
            if (!event || event.name !== "schedule" && event.name !== "workflow_dispatch") {
                core.debug(`issue-on-failure acts on schedule and workflow_dispatch runs, not '${event?.name ?? "none"}'.`);
                return;
            }
            if (!github) {
                core.warning("issue-on-failure is set but there is no github-token: no issue was opened or closed.");
                return;
            }
            const state = nightlyState(outcome, config, context);
            try {
                const result = await reconcileNightlyIssue(github, {
                    owner: event.owner,
                    repo: event.repo,
                    label: config.issueLabel,
                    marker: (0, markdown.Q_)(context.checkName),
                    title: `KubeVirt transition check "${(0, render_escape.D4)(context.checkName)}" ${state === "regressed" ? "regressed in timing" : "fails"}`,
                    state: state,
                    report: (0, markdown.Yx)(outcome, context),
                    runUrl: context.runUrl
                });
                if (result.action !== "none") info(`Issue ${result.action}: ${result.url ?? ""}`);
                return result.url;
            } catch (error) {
                const needed = acceptedPermissions(error);
                core.warning(`The nightly issue could not be updated: ${describeFailure(error)}${needed ? `; needs ${needed}` : ""}${isPermissionDenied(error) ? ". Give the job 'permissions: issues: write'." : ""}`);
                return;
            }
        }
        function nightlyState(outcome, config, context) {
            const regressed = (context.trend?.regressions.length ?? 0) > 0 || (0, trend_section.m5)(context.checkTrends).length > 0;
            switch (outcome.result) {
              case "passed":
                return regressed ? "regressed" : "passing";

              case "flaky":
                if (config.failOnFlaky) return "failing";
                return regressed ? "regressed" : "flaky";

              case "failed":
              case "inconclusive":
                return "failing";
            }
        }
        const OUTPUTS_MAX_CHARS = 256 * 1024;
        const OUTPUT_MAX_CHARS = {
            explanation: 16384,
            "observed-path": 8192,
            "trend-summary": 8192,
            regressions: 16384,
            checks: 65536
        };
        const OTHER_OUTPUT_MAX_CHARS = 4096;
        function reportOutputs(outcome, context, published) {
            const last = outcome.attempts.at(-1);
            const inFile = `the whole text is in the timeline file ${published.timelinePath}`;
            const trend = outcome.checks ? (0, trend_section.Er)(context.checkTrends) : (0, 
            trend_section.MS)(context.trend);
            const outputs = {
                result: outcome.result,
                "observed-path": last ? (0, util_text.jQ)(last.verdict.observedPath.join(" -> ")) : "",
                explanation: (0, util_text.jQ)(explanationText(outcome)),
                "duration-ms": String(Math.round(outcome.durationMs)),
                "attempts-used": String(outcome.checks ? outcome.checks.reduce((sum, check) => sum + check.outcome.attempts.length, 0) : outcome.attempts.length),
                "comment-url": published.commentUrl ?? "",
                "comment-path": published.commentPath ?? "",
                "junit-path": published.junitPath,
                "timeline-path": published.timelinePath,
                "diagnostics-path": published.diagnosticsPath ?? "",
                "trend-summary": trend["trend-summary"],
                regressions: fitJsonList(trend.regressions, OUTPUT_MAX_CHARS.regressions),
                checks: outcome.checks ? fitJsonList((0, suite_report.Fo)(outcome), OUTPUT_MAX_CHARS.checks) : ""
            };
            let used = "timeline".length;
            for (const [name, value] of Object.entries(outputs)) {
                const max = OUTPUT_MAX_CHARS[name] ?? OTHER_OUTPUT_MAX_CHARS;
                outputs[name] = (0, util_text.IN)(value, max, inFile);
                used += name.length + outputs[name].length;
            }
            const timeline = (0, timeline_json.wt)(outcome, context, {
                lastAttemptOnly: true,
                indent: 0,
                maxChars: OUTPUTS_MAX_CHARS - used,
                rest: `the whole timeline is in the timeline file ${published.timelinePath}`
            });
            return {
                ...outputs,
                timeline: timeline
            };
        }
        function fitJsonList(json, max) {
            if (json.length <= max) return json;
            const items = JSON.parse(json, (_key, value) => typeof value === "string" ? (0, 
            util_text.IN)(value, 200, "cut") : value);
            while (items.length > 0 && JSON.stringify(items).length > max) items.pop();
            return JSON.stringify(items);
        }
        function explanationText(outcome) {
            if (outcome.checks) return (0, suite_report.YE)(outcome);
            const attempts = outcome.attempts;
            const describe = verdict => [ verdict.explanation, ...verdict.causes.map(cause => `Cause: ${cause}`) ].join("\n");
            const each = attempts.map(attempt => `Attempt ${attempt.number} ${attempt.verdict.result}: ${describe(attempt.verdict)}`);
            if (outcome.error) return [ (0, words.Mn)(outcome.error), outcome.error.message.trimEnd(), ...each ].join("\n");
            if (attempts.length === 0) return "No attempt ran.";
            if (attempts.length === 1) return describe(attempts[0].verdict);
            return each.join("\n");
        }
        var render_context = __webpack_require__(68808);
        async function publishReport(outcome, config, env = process.env, options = {}) {
            const context = (0, render_context.g)(config, env, outcome);
            const notes = [];
            const event = readRunEvent(env);
            const client = () => config.githubToken && event ? gitHubClient(config.githubToken, {
                baseUrl: env.GITHUB_API_URL,
                retry: {
                    onWait: message => info(message),
                    budgetMs: GITHUB_BUDGET_MS / 2,
                    ...options.retry
                }
            }) : void 0;
            const historyGitHub = client();
            const history = options.history ?? (historyGitHub && event ? gitHubHistory(historyGitHub, event, context.checkName, env, core.notice, core.debug) : void 0);
            if (outcome.checks) context.checkTrends = await compareChecksWithBaseline(outcome, config, context, history); else context.trend = await compareWithBaseline(outcome, config, context, history);
            const commentPath = (0, external_node_path_.join)((0, external_node_path_.dirname)(config.timelinePath), "comment.md");
            const {diagnosticsPath: diagnosticsPath} = await (0, files.t4)(outcome, context, {
                formats: {
                    junit: config.junitPath,
                    timeline: config.timelinePath,
                    comment: commentPath
                },
                diagnostics: {
                    folder: (0, files.z4)(config.timelinePath)
                }
            }, actionLog);
            if (config.baseline !== "none") await storeTimeline(config.timelinePath, context.checkName, env, core);
            if (config.annotations) annotate(outcome, context, config.failOnFlaky);
            const github = client();
            const commentUrl = await publishComment(outcome, config, context, event, github, notes);
            const issueUrl = await publishIssue(outcome, config, context, event, github);
            if (config.summary || notes.length > 0) await writeSummary((0, markdown.Br)(outcome, context, {
                commentUrl: commentUrl,
                notes: notes
            }));
            const published = {
                junitPath: config.junitPath,
                timelinePath: config.timelinePath,
                commentPath: commentPath,
                diagnosticsPath: diagnosticsPath
            };
            return {
                ...published,
                commentUrl: commentUrl,
                issueUrl: issueUrl,
                outputs: reportOutputs(outcome, context, {
                    ...published,
                    commentUrl: commentUrl
                }),
                trend: context.trend,
                regressed: regressedWords(context)
            };
        }
        function regressedWords(context) {
            if (context.checkTrends) {
                const regressed = (0, trend_section.m5)(context.checkTrends);
                if (regressed.length === 0) return;
                const checks = Object.keys(context.checkTrends).length;
                return `${regressed.length} of ${checks} checks: ${regressed.map(([name, trend]) => `'${name}' ${(0, 
                src_trend.Se)(trend)}`).join(" ")}`;
            }
            const trend = context.trend;
            return trend && trend.regressions.length > 0 ? (0, src_trend.Se)(trend) : void 0;
        }
        const ANNOTATION_MAX_CHARS = 16384;
        function annotate(outcome, context, failOnFlaky) {
            const title = `KubeVirt transition check "${(0, words.xv)((0, words.TN)(context.checkName), 100)}": ${outcome.result}`;
            const rest = "the timeline file has the rest";
            const lines = explanationText(outcome).split("\n").map(line => (0, util_text.IN)((0, 
            words.TN)(line), 2e3, rest)).join("\n");
            const message = (0, util_text.IN)(lines, ANNOTATION_MAX_CHARS, rest);
            if ((0, src_outcome.ug)(outcome.result, failOnFlaky)) core.error(message, {
                title: title
            }); else if (outcome.result === "flaky") core.warning(message, {
                title: title
            }); else core.notice(message, {
                title: title
            });
        }
        async function writeSummary(markdown) {
            if (!process.env.GITHUB_STEP_SUMMARY) {
                core.debug("GITHUB_STEP_SUMMARY is not set (not on a runner): no job summary.");
                return;
            }
            try {
                await core.summary.addRaw(markdown).write();
            } catch (error) {
                core.summary.emptyBuffer();
                core.warning(`Could not write the job summary: ${(0, errors.g)(error)}`);
            }
        }
    }
};
