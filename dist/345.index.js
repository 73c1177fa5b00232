export const id = 345;

export const ids = [ 345 ];

export const modules = {
    62540: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            x: () => ConfigError,
            X: () => readConfig
        });
        var external_node_os_ = __webpack_require__(48161);
        var external_node_path_ = __webpack_require__(76760);
        var manifest = __webpack_require__(27017);
        var contract = __webpack_require__(3665);
        var util_duration = __webpack_require__(26518);
        var errors = __webpack_require__(70017);
        const alphaNumeric = "[a-z0-9]+";
        const separator = "(?:[._]|__|[-]+)";
        const pathComponent = `${alphaNumeric}(?:${separator}${alphaNumeric})*`;
        const domainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
        const domain = `(?:${domainComponent}(?:\\.${domainComponent})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
        const image_reference_name = `(?:${domain}/)?${pathComponent}(?:/${pathComponent})*`;
        const tag = "[\\w][\\w.-]{0,127}";
        const digest = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
        const REFERENCE = new RegExp(`^(${image_reference_name})(?::(${tag}))?(?:@(${digest}))?$`);
        const NAME_TOTAL_LENGTH_MAX = 255;
        function imageReferenceProblem(image) {
            if (image === "") return "it is empty";
            if (/\s/.test(image)) return "it contains whitespace";
            if (/^[a-z]+:\/\//i.test(image)) return "it has a URL scheme; give the reference without it";
            const match = REFERENCE.exec(image);
            if (!match) {
                if (/[A-Z]/.test(image.split("/").slice(1).join("/") || image)) return "repository names must be lowercase";
                return "it does not follow the image reference grammar ([registry/]repository[:tag][@digest])";
            }
            if (match[1].length > NAME_TOTAL_LENGTH_MAX) return `the repository name is longer than ${NAME_TOTAL_LENGTH_MAX} characters`;
            return;
        }
        var pattern = __webpack_require__(20666);
        var util_text = __webpack_require__(49997);
        var threshold = __webpack_require__(23056);
        var verify_path = __webpack_require__(15250);
        class ConfigError extends Error {
            problems;
            constructor(problems) {
                super(problems.map(problem => problem.message).join("\n"));
                this.name = "ConfigError";
                this.problems = problems;
            }
        }
        const TIMEOUT_RANGE = {
            minMs: 1,
            maxMs: 24 * 36e5,
            words: "1ms to 24h"
        };
        const POLL_INTERVAL_RANGE = {
            minMs: 10,
            maxMs: 6e4,
            words: "10ms to 1m"
        };
        const MAX_ATTEMPTS = 10;
        const MAX_REPEAT = 1e3;
        const MAX_PARALLEL = 50;
        const MAX_HISTORY = 100;
        const DNS_LABEL = /^(?=.{1,63}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
        const VM_NAME_MAX = 50;
        const RELEASE_TAG = /^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
        function readConfig(read, env = process.env, audience = "action") {
            const problems = [];
            const raw = name => {
                const value = read(name).trim();
                if (value === "" || value.startsWith("${{")) return contract.WJ[name].startsWith("${{") ? "" : contract.WJ[name];
                return value;
            };
            const check = (name, parse, fallback) => {
                try {
                    return parse(raw(name));
                } catch (error) {
                    problems.push(error instanceof errors.d ? error : new errors.d(name, (0, errors.g)(error)));
                    return fallback;
                }
            };
            const oneOf = (name, allowed) => check(name, value => {
                if (allowed.includes(value)) return value;
                throw new errors.d(name, `'${(0, util_text.wm)(value)}' is not one of ${allowed.map(a => `'${a}'`).join(", ")}.`);
            }, allowed[0]);
            const boolean = name => check(name, value => {
                if (/^(true|True|TRUE)$/.test(value)) return true;
                if (/^(false|False|FALSE)$/.test(value)) return false;
                throw new errors.d(name, `'${(0, util_text.wm)(value)}' is not a boolean; use 'true' or 'false'.`);
            }, false);
            const duration = (name, range) => check(name, value => {
                const ms = (0, util_duration.E9)(value);
                if (ms === void 0) throw new errors.d(name, `'${(0, util_text.wm)(value)}' is not a duration; use a number with a unit, such as 500ms, 30s, 5m or 1m30s.`);
                if (ms < range.minMs || ms > range.maxMs) throw new errors.d(name, `'${(0, util_text.wm)(value)}' is ${ms < range.minMs ? "shorter than the minimum" : "longer than the maximum"}; use ${range.words}.`);
                return ms;
            }, range.minMs);
            const matching = (name, pattern, expected, optional = false) => check(name, value => {
                if (optional && value === "" || pattern.test(value)) return value;
                throw new errors.d(name, `'${(0, util_text.wm)(value)}' is not ${expected}.`);
            }, "");
            const image = check("image", value => {
                const problem = imageReferenceProblem(value);
                if (problem) throw new errors.d("image", `'${(0, util_text.wm)(value)}' is not a valid image reference: ${problem}. The kubelet would report InvalidImageName and the VM would stay Starting; use a well-formed name that does not exist, such as '${contract.WJ.image}'.`);
                return value;
            }, contract.WJ.image);
            const expectedPath = raw("expected-path");
            const path = check("expected-path", value => {
                try {
                    return (0, verify_path.Rr)(value);
                } catch (error) {
                    throw new errors.d("expected-path", (0, errors.g)(error));
                }
            }, {
                type: "sequence",
                steps: [],
                joins: []
            });
            const expectedMessage = check("expected-message", value => {
                if (value === "") return (0, pattern.Kf)([ image ]);
                try {
                    return (0, pattern.GD)(value);
                } catch (error) {
                    throw new errors.d("expected-message", `'${(0, util_text.wm)(value)}' is not a regular expression RE2 accepts: ${(0, 
                    util_text.wm)((0, errors.g)(error))}. ${pattern.Dy}.`);
                }
            }, (0, pattern.Kf)([ image ]));
            const attempts = check("attempts", value => {
                const count = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
                if (!Number.isInteger(count) || count < 1 || count > MAX_ATTEMPTS) throw new errors.d("attempts", `'${(0, 
                util_text.wm)(value)}' is not a whole number from 1 to ${MAX_ATTEMPTS}.`);
                return count;
            }, 1);
            const wholeNumber = (name, max) => check(name, value => {
                const count = /^\d{1,7}$/.test(value) ? Number(value) : Number.NaN;
                if (!(count >= 1 && count <= max)) throw new errors.d(name, `'${(0, util_text.wm)(value)}' is not a whole number from 1 to ${max}.`);
                return count;
            }, 1);
            const runnerTemp = env.RUNNER_TEMP || (0, external_node_os_.tmpdir)();
            const outputFile = (name, file) => (0, external_node_path_.resolve)(raw(name) || (0, 
            external_node_path_.join)(runnerTemp, "kubevirt-transition-check", file));
            const config = {
                audience: audience,
                kubeconfig: raw("kubeconfig") || void 0,
                setup: oneOf("setup", [ "none", "kind" ]),
                kindVersion: matching("kind-version", RELEASE_TAG, "a release tag such as v0.33.0"),
                kindClusterName: matching("kind-cluster-name", DNS_LABEL, "a lowercase DNS label such as kubevirt-transition-check"),
                kindNodeImage: check("kind-node-image", value => {
                    if (value === "default") return "";
                    const problem = value === "" ? void 0 : imageReferenceProblem(value);
                    if (problem) throw new errors.d("kind-node-image", `'${(0, util_text.wm)(value)}' is not a valid image reference: ${problem}. Use an image from the release notes of kind-version, such as 'kindest/node:v1.36.4@sha256:099e049362a1526b2db71494e1947aae99bd16290d7c895f2b7ea312e3cbfaed'.`);
                    return value;
                }, "") || void 0,
                kubectlVersion: matching("kubectl-version", RELEASE_TAG, "a release tag such as v1.36.4"),
                kubevirtVersion: matching("kubevirt-version", /^(stable|v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/, "'stable' or a release tag such as v1.8.4"),
                emulation: oneOf("emulation", [ "auto", "true", "false" ]),
                namespace: matching("namespace", DNS_LABEL, "a lowercase DNS label (a-z, 0-9, -; at most 63 characters)", true) || void 0,
                vmName: check("vm-name", value => {
                    if (DNS_LABEL.test(value) && value.length <= VM_NAME_MAX) return value;
                    throw new errors.d("vm-name", `'${(0, util_text.wm)(value)}' is not a lowercase DNS label of at most ${VM_NAME_MAX} characters (a-z, 0-9, -), which leaves room for the attempt suffix.`);
                }, contract.WJ["vm-name"]),
                image: image,
                imageGiven: image !== contract.WJ.image,
                vmManifest: raw("vm-manifest") || void 0,
                vmTemplate: check("vm-manifest", value => value === "" ? void 0 : (0, manifest.z7)(value, image !== contract.WJ.image ? image : void 0), void 0),
                expectedPath: expectedPath,
                path: path,
                witness: oneOf("witness", [ "vm", "vmi", "pod", "any" ]),
                expectedMessage: expectedMessage,
                expectedMessageGiven: raw("expected-message") !== "",
                timeoutMs: duration("timeout", TIMEOUT_RANGE),
                pollIntervalMs: duration("poll-interval", POLL_INTERVAL_RANGE),
                attempts: attempts,
                repeat: wholeNumber("repeat", MAX_REPEAT),
                parallel: wholeNumber("parallel", MAX_PARALLEL),
                failOnFlaky: boolean("fail-on-flaky"),
                cleanup: oneOf("cleanup", [ "always", "on-success", "never" ]),
                githubToken: raw("github-token") || env.GITHUB_TOKEN || "",
                checkName: raw("check-name"),
                comment: oneOf("comment", [ "always", "on-failure", "never" ]),
                summary: boolean("summary"),
                annotations: boolean("annotations"),
                junitPath: outputFile("junit-path", "junit.xml"),
                timelinePath: outputFile("timeline-path", "timeline.json"),
                issueOnFailure: boolean("issue-on-failure"),
                issueLabel: matching("issue-label", /^\S(.{0,48}\S)?$/, "a label name of 1 to 50 characters"),
                baseline: raw("baseline"),
                history: wholeNumber("history", MAX_HISTORY),
                regressionThreshold: check("regression-threshold", threshold.B7, threshold.aV),
                failOnRegression: boolean("fail-on-regression")
            };
            if (problems.length > 0) {
                const order = Object.keys(contract.WJ);
                throw new ConfigError(problems.sort((a, b) => order.indexOf(a.input) - order.indexOf(b.input)));
            }
            return config;
        }
    },
    3665: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            LS: () => INPUT_DESCRIPTIONS,
            WJ: () => INPUT_DEFAULTS
        });
        const INPUT_DEFAULTS = {
            kubeconfig: "",
            setup: "none",
            "kind-version": "v0.33.0",
            "kind-cluster-name": "kubevirt-transition-check",
            "kind-node-image": "kindest/node:v1.36.4@sha256:099e049362a1526b2db71494e1947aae99bd16290d7c895f2b7ea312e3cbfaed",
            "kubectl-version": "v1.36.4",
            "kubevirt-version": "v1.9.0",
            emulation: "true",
            namespace: "",
            "vm-name": "transition-check",
            image: "registry.invalid/kubevirt-transition-check/no-such-image:latest",
            "vm-manifest": "",
            "expected-path": "ErrImagePull -> ImagePullBackOff -> ErrImagePull -> ImagePullBackOff",
            witness: "vm",
            "expected-message": "",
            timeout: "10m",
            "poll-interval": "100ms",
            attempts: "2",
            repeat: "1",
            parallel: "4",
            "fail-on-flaky": "false",
            cleanup: "always",
            "github-token": "${{ github.token }}",
            "check-name": "",
            comment: "always",
            summary: "true",
            annotations: "true",
            "junit-path": "",
            "timeline-path": "",
            "issue-on-failure": "false",
            "issue-label": "kubevirt-transition-check",
            baseline: "auto",
            history: "14",
            "regression-threshold": "25%,100ms",
            "fail-on-regression": "false"
        };
        const INPUT_DESCRIPTIONS = {
            kubeconfig: "Path to the kubeconfig of the cluster to check. Empty: the cluster created by `setup: kind`, else `$KUBECONFIG`, else `~/.kube/config`. With `setup: kind`, a path given here is where the new cluster's kubeconfig is written, for later steps. The file's content is never logged: a server URL that holds a user name and password is refused (give them in the user entry), and an exec credential plugin's failure is reported without its output.",
            setup: "`none`: use an existing cluster with KubeVirt. `kind`: create a kind cluster, install KubeVirt on it (with software emulation unless `emulation` says otherwise) and delete it in the post step.",
            "kind-version": "Version of kind installed by `setup: kind`. With another version, set `kind-node-image` to an image from its release notes too (or to `default` for its default image).",
            "kind-cluster-name": "Name of the kind cluster created by `setup: kind`.",
            "kind-node-image": "Node image of the kind cluster created by `setup: kind`, with its digest as listed in the release notes of `kind-version`, e.g. `kindest/node:v1.34.11@sha256:44e222ee2132dab25ff87301682f89eb82c7880ea3a1bf543bfe9708fd08d67d` for a KubeVirt release built for Kubernetes 1.34. The default is kind v0.33.0's Kubernetes v1.36.4, which the default KubeVirt (v1.9) supports; kind v0.33.0's own default, v1.37.0, is newer than any KubeVirt release supports. `default`: the default image of `kind-version`.",
            "kubectl-version": "Version of kubectl installed by `setup: kind`; keep it within one minor version of the cluster's Kubernetes.",
            "kubevirt-version": "KubeVirt release installed by `setup: kind`: a tag such as `v1.8.4`, or `stable` for the newest release (untested here until the nightly has run on it). The default is the newest release this action's own e2e workflow tests on every pull request.",
            emulation: "`true`: KubeVirt uses software emulation (`useEmulation`). The check never boots the guest (the containerDisk pull fails first), so this changes nothing it observes and needs neither /dev/kvm nor sudo. `auto`: KVM when the runner has /dev/kvm, emulation otherwise. `false` requires KVM. Used by `setup: kind`.",
            namespace: "Namespace for the VM. Empty: a namespace is generated for this run, labelled, and deleted afterwards (per `cleanup`). A given namespace must exist and is never deleted (a DNS label: a-z, 0-9, -, at most 63 characters).",
            "vm-name": "Name prefix of the VirtualMachine; each attempt gets a fresh VM named `<vm-name>-<attempt>` plus a short random suffix.",
            image: "containerDisk image that cannot be pulled. Must be a well-formed image reference (an invalid reference gives `InvalidImageName` and the VM stays `Starting`). The default lives under `registry.invalid`, a name reserved never to resolve.",
            "vm-manifest": "Path to a VirtualMachine YAML to use instead of the built-in one. Its containerDisk image is replaced by `image` when `image` is set explicitly; its name and namespace are replaced. Read and checked before the cluster is contacted; at most 1 MiB.",
            "expected-path": 'The states to observe, in order, others allowed in between: state names (quote unknown ones, `"X"`), `->` (later), `=>` (immediately next), `( )`, `|`, `{n}`, `{n,m}`, `{n,}`, `+`; time bounds `X within 30s` / `X after 5s` (from the previous step, or from creation); forbidden states `, never Running`. See docs/expected-path.md.',
            witness: "Whose states the path is checked against: `vm` (status.printableStatus, as the upstream test), `vmi` (Synchronized condition), `pod` (virt-launcher container states) or `any`.",
            "expected-message": "Regular expression that the image pull error message must match (anywhere in it). Empty: the message must contain the image reference. Matched by RE2 (re2js), in time linear in the message, so no pattern can hang the step; RE2 has no backreferences (`\\1`) and no lookaround (`(?=…)`, `(?!…)`, `(?<=…)`, `(?<!…)`).",
            timeout: "How long one attempt may take, e.g. `5m`, `10m`; from `1ms` to `24h`. On a real node the default path ends 20-37 s after the first pull when the launcher pod has KubeVirt's `guest-console-log` sidecar (v1.6 and later, serial console log on), 50-80 s without it (docs/kubelet-timing.md), so less than `5m` leaves little margin for the VM's start and a slow runner. The upstream test allows 660 s for two toggles in the worst case of the kubelet's back-off. An attempt's time includes creating its VM (retries included). Every API request has a 30 s deadline, so the whole step ends within 1m (pre-flight and creating the namespace) + `attempts` × `timeout` + 3m (cleanup) + 4m (reporting: 2m for all GitHub API calls, Retry-After waits included, and 2m for the timeline artifact's upload), plus the kind setup when `setup: kind`.",
            "poll-interval": "Interval of the polling fallback, used only while no watch is healthy (or for good when watch is forbidden); from `10ms` to `1m`.",
            attempts: "Attempts at most (a whole number from 1 to 10), each on a fresh VM, when an attempt fails in a way that may be timing. A failure followed by a pass is reported as `flaky`.",
            repeat: "Repeat mode for flake evidence: run the check on this many fresh VMs (one attempt each, no retries, so no failure is hidden) and report the failure rate with its Wilson 95 % interval and the failures grouped by cause. `1` (the default) is a normal check. At most 1000.",
            parallel: "In repeat mode, how many VMs run at once on the same shared watches. The cluster must have room for them: the pre-flight compares their memory requests with the nodes' allocatable memory and refuses a `parallel` that does not fit. At most 50.",
            "fail-on-flaky": "Fail the step when the result is `flaky` (by default it passes with a warning).",
            cleanup: "What to delete afterwards: `always`, `on-success` (keep everything of a failed check for debugging), or `never`.",
            "github-token": "Token for the PR comment and the nightly issue. Never printed.",
            "check-name": "Name of this check in reports. It keys the sticky PR comment, so two checks in one pull request (or a matrix) keep two comments. Empty: derived from the job and the KubeVirt version.",
            comment: "Sticky PR comment with the timeline: `always`, `on-failure` or `never`.",
            summary: "Write the timeline, a gantt chart and the verdict to the job summary.",
            annotations: "Report the verdict as an error, warning or notice annotation.",
            "junit-path": "Where to write the JUnit XML (one test case per attempt). Empty: `$RUNNER_TEMP/kubevirt-transition-check/junit.xml`.",
            "timeline-path": "Where to write the timeline JSON (schema in docs/timeline-schema.md). Empty: `$RUNNER_TEMP/kubevirt-transition-check/timeline.json`.",
            "issue-on-failure": "On a scheduled or manually dispatched run: open one issue when the check fails, comment on it when it fails again, close it when the check passes again. Needs `issues: write`.",
            "issue-label": "Label that marks the issue opened by `issue-on-failure`, and finds it again on the next run; created in the repository when it does not exist yet.",
            baseline: "The runs this one is compared with (docs/trends.md): `auto` (the timeline artifacts of this check's recent runs on the default branch; needs `actions: read`), `none`, or the path of a timeline JSON file or of a folder of them.",
            history: "How many earlier runs are compared with when the baseline is `auto` (1 to 100).",
            "regression-threshold": "A duration is a regression when it grew by more than this over the history's median, both the percentage and the absolute floor (so 2 ms -> 4 ms is not), and beyond every earlier run.",
            "fail-on-regression": "Fail the step when a duration regressed (by default a regression is only reported)."
        };
    },
    44692: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            Q: () => pullAttempts,
            Z: () => episodes
        });
        function episodes(timeline, witness) {
            const result = [];
            const states = timeline.entries.filter(entry => entry.kind === "state" && entry.witness === witness).sort((a, b) => a.atMs - b.atMs);
            for (const entry of states) {
                const last = result.at(-1);
                if (last?.state === entry.state) continue;
                if (last) last.endMs = entry.atMs;
                result.push({
                    state: entry.state,
                    startMs: entry.atMs
                });
            }
            return result;
        }
        function pullAttempts(timeline) {
            const events = timeline.entries.filter(entry => entry.kind === "state" && entry.witness === "event" && entry.state === "ErrImagePull");
            if (events.length === 0) return episodes(timeline, "pod").filter(episode => episode.state === "ErrImagePull").map(episode => episode.startMs);
            const attempts = new Map;
            for (const event of events) {
                const count = event.count ?? 1;
                if (!attempts.has(count)) attempts.set(count, event.atMs);
            }
            const result = [];
            for (const [count, atMs] of [ ...attempts ].sort((a, b) => a[0] - b[0])) result[count - 1] = atMs;
            return result;
        }
    },
    26729: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            Q: () => WITNESS_OF,
            b: () => RESOURCE_OF
        });
        const WITNESS_OF = {
            virtualmachines: "vm",
            virtualmachineinstances: "vmi",
            pods: "pod",
            events: "event"
        };
        const RESOURCE_OF = {
            vm: "virtualmachines",
            vmi: "virtualmachineinstances",
            pod: "pods",
            event: "events"
        };
    },
    34671: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            Ao: () => stoppedOutcome,
            aP: () => CheckStoppedError,
            cc: () => CancelledError,
            ug: () => failsStep
        });
        var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
        function failsStep(result, failOnFlaky) {
            return result === "failed" || result === "inconclusive" || result === "flaky" && failOnFlaky;
        }
        class CancelledError extends Error {
            constructor(leftovers) {
                super(leftovers ? `The check was cancelled; cleanup could not remove ${leftovers.what} (the post step tries again).` : "The check was cancelled; what it created has been cleaned up.");
                this.name = "CancelledError";
            }
        }
        class CheckStoppedError extends Error {
            stage;
            attempts;
            leftovers;
            diagnostics;
            constructor(stage, cause, attempts = [], leftovers) {
                super((0, _util_errors_js__WEBPACK_IMPORTED_MODULE_0__.g)(cause), {
                    cause: cause
                });
                this.name = "CheckStoppedError";
                this.stage = stage;
                this.attempts = attempts;
                if (leftovers) this.leftovers = leftovers;
            }
        }
        function stoppedOutcome(error, stage, durationMs, diagnostics) {
            const known = error instanceof CheckStoppedError ? error : void 0;
            const collected = known?.diagnostics ?? diagnostics;
            return {
                result: "failed",
                attempts: known?.attempts ?? [],
                durationMs: Math.round(durationMs),
                error: {
                    stage: known?.stage ?? stage,
                    message: (0, _util_errors_js__WEBPACK_IMPORTED_MODULE_0__.g)(error)
                },
                ...known?.leftovers ? {
                    leftovers: known.leftovers
                } : {},
                ...collected ? {
                    diagnostics: collected
                } : {}
            };
        }
    },
    52990: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            k: () => runCheck
        });
        var kubeconfig = __webpack_require__(72315);
        var manifest = __webpack_require__(27017);
        var client_node = __webpack_require__(99690);
        var api_error = __webpack_require__(38051);
        var setting = __webpack_require__(21832);
        var requests = __webpack_require__(61462);
        class PreflightError extends Error {
            constructor(message) {
                super(message);
                this.name = "PreflightError";
            }
        }
        const KUBEVIRT = {
            group: "kubevirt.io",
            version: "v1"
        };
        const PREFLIGHT_TIMEOUT_MS = 6e4;
        const REFUSED_RETRY_MS = 5e3;
        const BETA_GATES_ON_BY_DEFAULT_SINCE = [ 1, 9 ];
        async function preflight(cluster, options) {
            const {server: server} = cluster;
            const within = options.within ?? (0, requests.gd)(PREFLIGHT_TIMEOUT_MS);
            const client = api => retryingClient((0, requests.uE)(cluster, api, within), within, {
                refusedForMs: options.refusedForMs ?? REFUSED_RETRY_MS
            });
            const warnings = [];
            let kubernetesVersion;
            try {
                kubernetesVersion = (await client(client_node.Nq).getCode()).gitVersion;
            } catch (error) {
                throw new PreflightError(`${cannotDo(error)} the Kubernetes API server ${server} (kubeconfig ${cluster.source}): ${(0, 
                api_error.g)(error, server)}`);
            }
            const customObjects = client(client_node.aV);
            await requireKubeVirtApi(customObjects, server, options.audience ?? "action");
            const cr = await readKubeVirtCr(customObjects, warnings);
            const core = client(client_node.f5);
            const audience = options.audience ?? "action";
            if (options.namespace) await requireNamespace(core, options.namespace, audience);
            await requirePermissions(client(client_node.Nw), options.namespace, warnings, audience);
            within.signal?.throwIfAborted();
            return {
                server: server,
                kubernetesVersion: kubernetesVersion,
                kubevirtVersion: cr?.status?.observedKubeVirtVersion,
                imageVolume: imageVolumeGate(cr),
                virtualization: await virtualization(core, cr, warnings),
                warnings: warnings
            };
        }
        function cannotDo(error) {
            if (error instanceof requests.vE) return "Cannot log in to";
            const {code: code} = (0, api_error.t)(error);
            if (code === 401) return "Cannot log in to";
            return code === void 0 ? "Cannot reach" : "Cannot use";
        }
        function retryingClient(api, within, retry) {
            return new Proxy(api, {
                get(target, property, receiver) {
                    const value = Reflect.get(target, property, receiver);
                    if (typeof value !== "function") return value;
                    return (...args) => (0, requests.R$)(() => value.apply(target, args), within, retry);
                }
            });
        }
        async function requireKubeVirtApi(customObjects, server, audience) {
            try {
                const resources = await customObjects.getAPIResources(KUBEVIRT);
                const names = new Set(resources.resources.map(resource => resource.name));
                const missing = [ "virtualmachines", "virtualmachineinstances" ].filter(name => !names.has(name));
                if (missing.length > 0) throw new PreflightError(`KubeVirt's API kubevirt.io/v1 on ${server} lacks ${missing.join(" and ")}: is KubeVirt fully installed?`);
            } catch (error) {
                if (error instanceof PreflightError) throw error;
                if ((0, api_error.t)(error).code === 404) throw new PreflightError(`KubeVirt is not installed on ${server}: the API group kubevirt.io/v1 is not served (no VirtualMachine CRD). Install KubeVirt (https://kubevirt.io/user-guide/cluster_admin/installation/)${audience === "cli" ? "" : ", or use 'setup: kind' to create a cluster with it"}.`);
                throw new PreflightError(`Cannot read KubeVirt's API kubevirt.io/v1 on ${server}: ${(0, 
                api_error.g)(error, server)}`);
            }
        }
        async function readKubeVirtCr(customObjects, warnings) {
            let items;
            try {
                const list = await customObjects.listClusterCustomObject({
                    ...KUBEVIRT,
                    plural: "kubevirts"
                });
                items = list.items ?? [];
            } catch (error) {
                warnings.push(`Could not read the KubeVirt CR (${(0, api_error.g)(error)}); the ImageVolume gate and emulation settings are unknown.`);
                return;
            }
            const cr = items[0];
            if (!cr) throw new PreflightError("KubeVirt is not deployed: its CRDs exist but there is no KubeVirt CR (kubectl get kubevirts -A is empty). Apply kubevirt-cr.yaml from the KubeVirt release.");
            const available = cr.status?.conditions?.find(condition => condition.type === "Available");
            if (available?.status !== "True") {
                const where = `${cr.metadata?.namespace ?? "?"}/${cr.metadata?.name ?? "?"}`;
                const state = available ? `Available=${available.status}${available.reason ? ` (${available.reason}: ${available.message ?? ""})` : ""}` : `phase ${cr.status?.phase ?? "unknown"}, no Available condition`;
                throw new PreflightError(`KubeVirt ${where} is not Available (${state}). Wait for it: kubectl -n ${cr.metadata?.namespace ?? "kubevirt"} wait kv ${cr.metadata?.name ?? "kubevirt"} --for condition=Available --timeout=10m`);
            }
            return cr;
        }
        function imageVolumeGate(cr) {
            if (!cr) return {
                enabled: "unknown",
                why: "the KubeVirt CR could not be read"
            };
            const developer = cr.spec?.configuration?.developerConfiguration ?? {};
            const version = cr.status?.observedKubeVirtVersion;
            if (developer.disabledFeatureGates?.includes("ImageVolume")) return {
                enabled: false,
                why: "ImageVolume is listed in developerConfiguration.disabledFeatureGates"
            };
            if (developer.featureGates?.includes("ImageVolume")) return {
                enabled: true,
                why: "ImageVolume is listed in developerConfiguration.featureGates"
            };
            const parsed = /^v?(\d+)\.(\d+)/.exec(version ?? "");
            if (!parsed) return {
                enabled: "unknown",
                why: `KubeVirt's version '${version ?? ""}' is unknown`
            };
            const [major, minor] = [ Number(parsed[1]), Number(parsed[2]) ];
            const [sinceMajor, sinceMinor] = BETA_GATES_ON_BY_DEFAULT_SINCE;
            if (major > sinceMajor || major === sinceMajor && minor >= sinceMinor) return {
                enabled: true,
                why: `KubeVirt ${version} enables Beta feature gates, ImageVolume among them, unless disabledFeatureGates lists it`
            };
            return {
                enabled: false,
                why: `KubeVirt ${version} enables ImageVolume only when featureGates lists it`
            };
        }
        async function virtualization(core, cr, warnings) {
            const useEmulation = cr ? cr.spec?.configuration?.developerConfiguration?.useEmulation === true : "unknown";
            let kvmNodes = "unknown";
            try {
                const nodes = await core.listNode();
                kvmNodes = nodes.items.filter(node => parseFloat(node.status?.allocatable?.["devices.kubevirt.io/kvm"] ?? "0") > 0).length;
            } catch (error) {
                warnings.push(`Could not list nodes (${(0, api_error.g)(error)}); whether any node offers KVM is unknown.`);
            }
            if (useEmulation === true) return {
                useEmulation: useEmulation,
                kvmNodes: kvmNodes,
                schedulable: true,
                why: "useEmulation is on"
            };
            if (typeof kvmNodes === "number" && kvmNodes > 0) return {
                useEmulation: useEmulation,
                kvmNodes: kvmNodes,
                schedulable: true,
                why: `${kvmNodes} node(s) offer devices.kubevirt.io/kvm`
            };
            if (useEmulation === false && kvmNodes === 0) return {
                useEmulation: useEmulation,
                kvmNodes: kvmNodes,
                schedulable: false,
                why: "no node offers devices.kubevirt.io/kvm and useEmulation is off, so the virt-launcher pod is Unschedulable (VM status ErrorUnschedulable) and the image is never pulled"
            };
            return {
                useEmulation: useEmulation,
                kvmNodes: kvmNodes,
                schedulable: "unknown",
                why: "neither emulation nor KVM could be confirmed"
            };
        }
        async function requireNamespace(core, namespace, audience) {
            try {
                await core.readNamespace({
                    name: namespace
                });
            } catch (error) {
                const failure = (0, api_error.t)(error);
                if (failure.code === 404) throw new PreflightError(`namespace "${namespace}" not found: create it, or ${audience === "cli" ? "leave out --namespace" : "leave the 'namespace' input empty"} to let the check generate (and delete) one`);
                if (failure.code !== 403) throw new PreflightError(`Cannot read namespace "${namespace}": ${(0, 
                api_error.g)(error)}`);
            }
        }
        const OPTIONAL_VERBS = new Set([ "watch" ]);
        function permissionsNeeded(namespace) {
            const ns = namespace ?? "";
            const needs = [];
            const add = (group, resource, verbs) => verbs.forEach(verb => needs.push({
                group: group,
                resource: resource,
                verb: verb,
                namespace: ns || void 0
            }));
            add("kubevirt.io", "virtualmachines", [ "create", "delete", "get", "list", "watch" ]);
            add("kubevirt.io", "virtualmachineinstances", [ "get", "list", "watch" ]);
            add("", "pods", [ "list", "watch" ]);
            add("", "events", [ "list", "watch" ]);
            if (!namespace) needs.push({
                group: "",
                resource: "namespaces",
                verb: "create"
            }, {
                group: "",
                resource: "namespaces",
                verb: "delete"
            });
            return needs;
        }
        async function requirePermissions(authorization, namespace, warnings, audience) {
            const needs = permissionsNeeded(namespace);
            let answers;
            try {
                answers = await Promise.all(needs.map(async resourceAttributes => {
                    const review = await authorization.createSelfSubjectAccessReview({
                        body: {
                            apiVersion: "authorization.k8s.io/v1",
                            kind: "SelfSubjectAccessReview",
                            spec: {
                                resourceAttributes: resourceAttributes
                            }
                        }
                    });
                    return review.status?.allowed === true;
                }));
            } catch (error) {
                warnings.push(`Could not check permissions with SelfSubjectAccessReview (${(0, api_error.g)(error)}); going on without.`);
                return;
            }
            const denied = needs.filter((_, index) => !answers[index]);
            const unwatched = denied.filter(need => OPTIONAL_VERBS.has(need.verb));
            if (unwatched.length > 0) warnings.push(`The credentials may not watch ${unwatched.map(resourceName).join(", ")}: the check polls them instead (every poll-interval). ` + `A state shorter than the poll interval can be missed, which watching cannot; grant 'watch' for a check that sees every state.`);
            const missing = denied.filter(need => !OPTIONAL_VERBS.has(need.verb));
            if (missing.length === 0) return;
            const lines = missing.map(need => `  ${need.verb} ${resourceName(need)}${need.namespace ? ` in namespace "${need.namespace}"` : need.resource === "namespaces" ? "" : " (cluster-wide)"}`);
            throw new PreflightError(`The credentials of this kubeconfig lack permissions the check needs:\n${lines.join("\n")}\nGrant them with a Role/ClusterRole and binding${namespace ? "" : `, or give an existing namespace (${(0, 
            setting.y7)("namespace", audience, "NAME")}) so no namespace has to be created`}.`);
        }
        function resourceName(need) {
            return need.group ? `${need.resource}.${need.group}` : need.resource;
        }
        var cluster_resources = __webpack_require__(40095);
        var errors = __webpack_require__(70017);
        var promises_ = __webpack_require__(58500);
        const systemClock = {
            now: () => performance.now(),
            async sleep(ms, signal) {
                if (signal?.aborted) return;
                await (0, promises_.setTimeout)(ms, void 0, {
                    signal: signal
                }).catch(() => {});
            },
            timer(callback, ms) {
                const handle = setTimeout(callback, ms);
                return () => clearTimeout(handle);
            }
        };
        const DEFAULT_LIMITS = {
            minRestartDelayMs: 200,
            baseBackoffMs: 250,
            maxBackoffMs: 5e3,
            livenessTimeoutMs: 3e4,
            answerTimeoutMs: 1e3,
            minWatchTimeoutSeconds: 300,
            probeEveryMs: 2e3,
            startAttempts: 6,
            stopWaitMs: 2e3
        };
        const THROTTLED_FLOOR_MS = 1e3;
        function decide(ending, state, limits, random) {
            const restartFloor = state.lastStartAt === void 0 || state.progressed ? 0 : Math.max(0, state.lastStartAt + limits.minRestartDelayMs - state.now);
            const retryIn = ms => Math.max(ms, restartFloor);
            const before = state.progressed ? 0 : state.failures;
            const repeated = before > 0;
            const failed = state.progressed ? 0 : before + 1;
            const backoff = () => repeated ? backoffMs(before - 1, limits, random) : 0;
            const again = state.phase === "list" ? "list" : "watch";
            switch (ending.kind) {
              case "stopped":
                return {
                    next: "stop",
                    delayMs: 0,
                    poll: false,
                    failures: state.failures,
                    warn: false
                };

              case "closed":
                return {
                    next: again,
                    delayMs: retryIn(0),
                    poll: false,
                    failures: state.failures,
                    warn: false
                };

              case "expired":
                return {
                    next: "list",
                    delayMs: retryIn(0),
                    poll: false,
                    failures: state.failures,
                    gap: "expired",
                    warn: false
                };

              case "malformed":
                return {
                    next: "list",
                    delayMs: backoff(),
                    poll: repeated,
                    failures: state.failures + 1,
                    gap: "malformed",
                    warn: true
                };

              case "forbidden":
                return state.phase === "watch" ? {
                    next: "poll-only",
                    delayMs: 0,
                    poll: true,
                    failures: state.failures + 1,
                    warn: true
                } : {
                    next: "give-up",
                    delayMs: 0,
                    poll: false,
                    failures: state.failures + 1,
                    warn: true
                };

              case "throttled":
                return {
                    next: again,
                    delayMs: Math.max(ending.retryAfterMs ?? THROTTLED_FLOOR_MS, backoff()),
                    poll: true,
                    failures: state.failures + 1,
                    warn: false
                };

              case "server-error":
              case "network":
              case "timeout":
                return {
                    next: again,
                    delayMs: Math.max(ending.kind === "server-error" ? ending.retryAfterMs ?? 0 : 0, backoff()),
                    poll: repeated,
                    failures: failed,
                    warn: false
                };

              case "silent":
                return {
                    next: "watch",
                    delayMs: Math.max(restartFloor, backoffMs(state.failures, limits, random)),
                    poll: true,
                    failures: state.failures + 1,
                    warn: true
                };

              case "unexpected":
                return {
                    next: again,
                    delayMs: backoffMs(state.failures, limits, random),
                    poll: true,
                    failures: state.failures + 1,
                    warn: true
                };
            }
        }
        function backoffMs(failures, limits, random) {
            const ceiling = Math.min(limits.maxBackoffMs, limits.baseBackoffMs * 2 ** Math.min(failures, 30));
            return Math.round(ceiling / 2 + ceiling / 2 * random);
        }
        function classify(error) {
            if (error === null || error === void 0) return {
                kind: "closed",
                message: "the server closed the watch"
            };
            if (error instanceof Error && error.name === "TimeoutError") return {
                kind: "closed",
                message: "nothing arrived within the liveness timeout"
            };
            return classifyFailure((0, api_error.t)(error));
        }
        function classifyStatus(status) {
            const body = status ?? {};
            if (typeof body.code !== "number") return {
                kind: "malformed",
                message: `ERROR event without a Status: ${JSON.stringify(status)}`
            };
            return classifyFailure({
                code: body.code,
                reason: body.reason,
                message: body.message ?? body.reason ?? `code ${body.code}`,
                retryAfterSeconds: body.details?.retryAfterSeconds,
                network: false
            });
        }
        function classifyFailure(failure) {
            const {code: code, message: message} = failure;
            if (failure.network || code === void 0) return {
                kind: "network",
                message: message
            };
            const said = failure.reason ? `${code} ${failure.reason}: ${message}` : `${code}: ${message}`;
            if (code === 410) return {
                kind: "expired",
                message: said
            };
            if (code === 401 || code === 403) return {
                kind: "forbidden",
                code: code,
                message: said
            };
            if (code === 429) {
                const seconds = failure.retryAfterSeconds;
                return seconds !== void 0 && seconds >= 0 ? {
                    kind: "throttled",
                    retryAfterMs: seconds * 1e3,
                    message: said
                } : {
                    kind: "throttled",
                    message: said
                };
            }
            if (code >= 500) {
                const seconds = failure.retryAfterSeconds;
                return seconds !== void 0 && seconds >= 0 ? {
                    kind: "server-error",
                    code: code,
                    retryAfterMs: seconds * 1e3,
                    message: said
                } : {
                    kind: "server-error",
                    code: code,
                    message: said
                };
            }
            return {
                kind: "unexpected",
                code: code,
                message: said
            };
        }
        var abortable = __webpack_require__(10474);
        const VM_NAME_LABEL = "vm.kubevirt.io/name";
        const ROUTINE_WAITING = new Set([ "PodInitializing", "ContainerCreating" ]);
        const KUBELET_ERROR = /^Error: ([A-Z][A-Za-z]+)$/;
        function readVm(object) {
            const meta = metaOf(object);
            const status = field(object, "status");
            const state = status?.printableStatus;
            if (!meta || !state) return;
            const vm = `${meta.namespace}/${meta.name}`;
            const conditions = status.conditions ?? [];
            const why = conditions.find(c => c.reason === state && c.message) ?? conditions.find(c => c.type === "Failure" && c.status === "True" && c.message);
            return reading("vm", vm, vm, state, meta.resourceVersion, {
                uid: meta.uid,
                message: why?.message,
                serverTime: isoTime(why?.lastTransitionTime)
            });
        }
        function readVmi(object) {
            const meta = metaOf(object);
            const status = field(object, "status");
            if (!meta) return;
            const vm = `${meta.namespace}/${ownerName(meta, "VirtualMachine") ?? meta.name}`;
            const object_ = `${meta.namespace}/${meta.name}`;
            const sync = status?.conditions?.find(c => c.type === "Synchronized" && c.status === "False");
            if (sync?.reason) return reading("vmi", vm, object_, sync.reason, meta.resourceVersion, {
                uid: meta.uid,
                message: sync.message,
                serverTime: isoTime(sync.lastTransitionTime)
            });
            if (!status?.phase) return;
            return reading("vmi", vm, object_, status.phase, meta.resourceVersion, {
                uid: meta.uid
            });
        }
        function readPod(object) {
            const read = readPodState(object);
            if (!read) return;
            return {
                ...read,
                launcher: launcherOf(object, read.observation.object)
            };
        }
        function launcherOf(object, pod) {
            const spec = field(object, "spec");
            return {
                pod: pod,
                readinessGates: (spec?.readinessGates ?? []).flatMap(gate => gate.conditionType ? [ gate.conditionType ] : []),
                sidecars: (spec?.initContainers ?? []).flatMap(container => container.restartPolicy === "Always" && container.name ? [ container.name ] : [])
            };
        }
        function readPodState(object) {
            const meta = metaOf(object);
            const vm = meta && vmOfPod(meta);
            if (!meta || !vm) return;
            const status = field(object, "status");
            const pod = `${meta.namespace}/${meta.name}`;
            const containers = [ ...status?.initContainerStatuses ?? [], ...status?.containerStatuses ?? [] ];
            for (const container of containers) {
                const waiting = container.state?.waiting;
                if (waiting?.reason && !ROUTINE_WAITING.has(waiting.reason)) return reading("pod", vm, pod, waiting.reason, meta.resourceVersion, {
                    uid: meta.uid,
                    message: waiting.message,
                    container: container.name
                });
                const terminated = container.state?.terminated;
                if (terminated && terminated.exitCode !== 0 && terminated.reason) return reading("pod", vm, pod, terminated.reason, meta.resourceVersion, {
                    uid: meta.uid,
                    message: terminated.message,
                    container: container.name
                });
            }
            if (!status?.phase) return;
            return reading("pod", vm, pod, status.phase, meta.resourceVersion, {
                uid: meta.uid
            });
        }
        function readEvent(object, podOwner) {
            const meta = metaOf(object);
            const event = object;
            const involved = event.involvedObject;
            if (!meta || !involved?.name || !event.reason) return;
            const namespace = involved.namespace ?? meta.namespace;
            const about = `${namespace}/${involved.name}`;
            let vm;
            if (involved.kind === "VirtualMachine" || involved.kind === "VirtualMachineInstance") vm = about; else if (involved.kind === "Pod") vm = podOwner(about) ?? vmOfLauncherName(namespace, involved.name);
            if (!vm) return;
            const message = event.message;
            const state = KUBELET_ERROR.exec(message ?? "")?.[1] ?? event.reason;
            const count = event.count ?? event.series?.count ?? 1;
            const observation = {
                witness: "event",
                vm: vm,
                object: about,
                state: state,
                resourceVersion: meta.resourceVersion,
                reason: event.reason,
                count: count
            };
            witness_assign(observation, {
                message: message,
                serverTime: isoTime(event.lastTimestamp ?? event.series?.lastObservedTime ?? event.eventTime),
                firstTime: isoTime(event.firstTimestamp ?? event.eventTime)
            });
            return {
                key: `event ${meta.namespace}/${meta.name}`,
                identity: `${state} x${count}`,
                observation: observation
            };
        }
        function vmOfPod(meta) {
            const name = ownerName(meta, "VirtualMachineInstance") ?? meta.labels?.[VM_NAME_LABEL];
            return name ? `${meta.namespace}/${name}` : meta.name && vmOfLauncherName(meta.namespace, meta.name);
        }
        function vmOfLauncherName(namespace, pod) {
            const vm = /^virt-launcher-(.+)-[a-z0-9]{5}$/.exec(pod)?.[1];
            return vm && namespace ? `${namespace}/${vm}` : void 0;
        }
        function objectName(object) {
            const meta = metaOf(object);
            return meta ? `${meta.namespace}/${meta.name}` : void 0;
        }
        function metaOf(object) {
            const meta = field(object, "metadata");
            if (!meta?.name || !meta.namespace) return;
            return meta;
        }
        function isoTime(value) {
            if (value instanceof Date) return Number.isNaN(value.getTime()) ? void 0 : value.toISOString();
            return typeof value === "string" && value !== "" ? value : void 0;
        }
        function reading(witness, vm, object, state, resourceVersion, extra) {
            const observation = {
                witness: witness,
                vm: vm,
                object: object,
                state: state
            };
            witness_assign(observation, {
                resourceVersion: resourceVersion,
                ...extra
            });
            const identity = extra.uid ? `${state} (uid ${extra.uid})` : state;
            return {
                key: `${witness} ${object}`,
                identity: identity,
                observation: observation
            };
        }
        function witness_assign(target, fields) {
            for (const [name, value] of Object.entries(fields)) if (value !== void 0 && value !== "") target[name] = value;
        }
        function ownerName(meta, kind) {
            return meta.ownerReferences?.find(owner => owner.kind === kind)?.name;
        }
        function field(object, name) {
            return object !== null && typeof object === "object" ? object[name] : void 0;
        }
        const resources_KUBEVIRT = {
            group: "kubevirt.io",
            version: "v1"
        };
        function resourceSpecs(context) {
            const {kubeConfig: kubeConfig, namespace: namespace, labelSelector: labelSelector} = context;
            const core = kubeConfig.makeApiClient(client_node.f5);
            const custom = kubeConfig.makeApiClient(client_node.aV);
            const kubevirt = (plural, read) => ({
                resource: plural,
                path: `/apis/${resources_KUBEVIRT.group}/${resources_KUBEVIRT.version}/namespaces/${namespace}/${plural}`,
                labelSelector: labelSelector,
                read: read,
                list: signal => allPages(_continue => custom.listNamespacedCustomObject({
                    ...resources_KUBEVIRT,
                    namespace: namespace,
                    plural: plural,
                    labelSelector: labelSelector,
                    _continue: _continue
                }, (0, abortable.Z)(signal)))
            });
            return [ kubevirt("virtualmachines", readVm), kubevirt("virtualmachineinstances", readVmi), {
                resource: "pods",
                path: `/api/v1/namespaces/${namespace}/pods`,
                labelSelector: labelSelector,
                read: readPod,
                list: signal => allPages(_continue => core.listNamespacedPod({
                    namespace: namespace,
                    labelSelector: labelSelector,
                    _continue: _continue
                }, (0, abortable.Z)(signal)))
            }, {
                resource: "events",
                path: `/api/v1/namespaces/${namespace}/events`,
                read: object => readEvent(object, context.podOwner),
                list: signal => allPages(_continue => core.listNamespacedEvent({
                    namespace: namespace,
                    _continue: _continue
                }, (0, abortable.Z)(signal)))
            } ];
        }
        const MAX_LIST_PAGES = 100;
        async function allPages(page) {
            const items = [];
            let first;
            let token;
            for (let pages = 1; ;pages++) {
                const answer = await page(token);
                const one = listing(answer);
                first ??= one;
                items.push(...one.items);
                token = answer.metadata?._continue ?? answer.metadata?.continue;
                if (!token) return {
                    resourceVersion: first.resourceVersion,
                    items: items
                };
                if (pages >= MAX_LIST_PAGES) throw new Error(`the list was still not complete after ${MAX_LIST_PAGES} pages (continue tokens)`);
            }
        }
        function listing(list) {
            const shaped = list;
            const resourceVersion = shaped.metadata?.resourceVersion;
            if (!resourceVersion) throw new Error("the list answer has no metadata.resourceVersion to watch from");
            return {
                resourceVersion: resourceVersion,
                items: shaped.items ?? []
            };
        }
        const DELETED = "Deleted";
        function deletedReading(reading) {
            const {message: _message, container: _container, serverTime: _serverTime, ...observation} = reading.observation;
            return {
                key: reading.key,
                identity: DELETED,
                observation: {
                    ...observation,
                    state: DELETED
                }
            };
        }
        class TimelineBuilder {
            #histories=new Map;
            #gaps=[];
            #polling=[];
            #tracked=new Map;
            #onEntry;
            #seq=0;
            #endedAt;
            constructor(onEntry = () => {}) {
                this.#onEntry = onEntry;
            }
            track(vm, at, startedAt) {
                this.#tracked.set(vm, {
                    start: at,
                    startedAt: startedAt
                });
            }
            isTracked(vm) {
                return this.#tracked.has(vm);
            }
            offset(vm, at) {
                return at - (this.#tracked.get(vm)?.start ?? 0);
            }
            tracked() {
                return [ ...this.#tracked.keys() ];
            }
            record(reading, seenBy, at) {
                const history = this.#historyOf(reading);
                const versions = history.versions;
                const rv = reading.observation.resourceVersion;
                const seenKey = rv === void 0 ? void 0 : `${rv} ${reading.identity}`;
                if (seenKey !== void 0) {
                    if (history.recorded.has(seenKey)) return false;
                    history.recorded.add(seenKey);
                }
                const index = insertionIndex(versions, rv);
                const previous = versions[index - 1];
                const next = versions[index];
                const version = {
                    reading: reading,
                    seenBy: seenBy,
                    at: next?.at ?? at,
                    seq: next ? ((previous?.seq ?? next.seq - 1) + next.seq) / 2 : ++this.#seq,
                    entry: previous?.reading.identity !== reading.identity
                };
                versions.splice(index, 0, version);
                if (next) next.entry = next.reading.identity !== reading.identity;
                if (version.entry) this.#onEntry({
                    kind: "state",
                    vm: history.vm,
                    at: version.at,
                    version: version,
                    late: next !== void 0
                });
                return true;
            }
            confirmed(witness) {
                const known = new Map;
                for (const [key, history] of this.#histories) {
                    if (history.witness !== witness) continue;
                    const version = history.versions.findLast(v => v.seenBy !== "poll");
                    if (version) known.set(key, version.reading);
                }
                return known;
            }
            vmOf(key) {
                return this.#histories.get(key)?.vm;
            }
            latest(witness) {
                const known = new Map;
                for (const [key, history] of this.#histories) {
                    const last = history.versions.at(-1);
                    if (history.witness === witness && last) known.set(key, last.reading);
                }
                return known;
            }
            gap(gap) {
                const recorded = {
                    ...gap,
                    seq: ++this.#seq
                };
                this.#gaps.push(recorded);
                const vms = this.#overlapping(gap.until);
                this.#onEntry({
                    kind: "gap",
                    vms: vms,
                    at: gap.until,
                    detail: gap.detail
                });
            }
            polling(resource, at, intervalMs, reason) {
                const stretch = {
                    resource: resource,
                    at: at,
                    intervalMs: intervalMs,
                    reason: reason,
                    seq: ++this.#seq
                };
                this.#polling.push(stretch);
                this.#onEntry({
                    kind: "polling",
                    vms: this.#overlapping(void 0),
                    at: at,
                    detail: reason
                });
                return until => {
                    stretch.until ??= until;
                };
            }
            end(at) {
                this.#endedAt ??= at;
                for (const stretch of this.#polling) stretch.until ??= at;
            }
            timeline(vm, now, openGaps = []) {
                const tracked = this.#tracked.get(vm);
                if (!tracked) throw new Error(`VM ${vm} is not tracked: call track('${vm}') before creating it`);
                const end = this.#endedAt ?? now;
                const since = at => Math.max(0, ms(at - tracked.start));
                const sorted = [];
                for (const history of this.#histories.values()) {
                    if (history.vm !== vm) continue;
                    for (const version of history.versions) {
                        if (!version.entry) continue;
                        const entry = {
                            kind: "state",
                            atMs: ms(version.at - tracked.start),
                            ...structuredClone(version.reading.observation),
                            seenBy: version.seenBy
                        };
                        sorted.push({
                            at: version.at,
                            seq: version.seq,
                            entry: entry
                        });
                    }
                }
                const gaps = [ ...this.#gaps, ...openGaps.map(gap => ({
                    ...gap,
                    seq: 1 / 0
                })) ];
                for (const gap of gaps) {
                    if (gap.until < tracked.start) continue;
                    const entry = {
                        kind: "gap",
                        resource: gap.resource,
                        atMs: since(gap.at),
                        untilMs: since(gap.until),
                        cause: gap.cause,
                        detail: gap.detail
                    };
                    if (gap.changes) entry.changed = gap.changes.filter(c => c.vm === vm).map(c => c.text);
                    sorted.push({
                        at: gap.at,
                        seq: gap.seq,
                        entry: entry
                    });
                }
                for (const stretch of this.#polling) {
                    if (stretch.until !== void 0 && stretch.until < tracked.start) continue;
                    const entry = {
                        kind: "polling",
                        resource: stretch.resource,
                        atMs: since(stretch.at),
                        intervalMs: stretch.intervalMs,
                        reason: stretch.reason
                    };
                    if (stretch.until !== void 0) entry.untilMs = since(stretch.until);
                    sorted.push({
                        at: stretch.at,
                        seq: stretch.seq,
                        entry: entry
                    });
                }
                sorted.sort((a, b) => a.at - b.at || a.seq - b.seq);
                const launcher = this.#launcher(vm);
                return {
                    vm: vm,
                    startedAt: tracked.startedAt,
                    endedAtMs: ms(end - tracked.start),
                    entries: sorted.map(item => item.entry),
                    ...launcher && {
                        launcher: launcher
                    }
                };
            }
            #launcher(vm) {
                let last;
                for (const history of this.#histories.values()) {
                    if (history.vm !== vm || history.witness !== "pod") continue;
                    for (const version of history.versions) if (version.reading.launcher && (!last || version.at >= last.at)) last = version;
                }
                return last?.reading.launcher && structuredClone(last.reading.launcher);
            }
            #historyOf(reading) {
                let history = this.#histories.get(reading.key);
                if (!history) {
                    history = {
                        witness: reading.observation.witness,
                        vm: reading.observation.vm,
                        versions: [],
                        recorded: new Set
                    };
                    this.#histories.set(reading.key, history);
                }
                return history;
            }
            #overlapping(until) {
                return [ ...this.#tracked ].filter(([, tracked]) => until === void 0 || until >= tracked.start).map(([vm]) => vm);
            }
        }
        function insertionIndex(versions, rv) {
            const order = numeric(rv);
            if (order === void 0) return versions.length;
            let index = versions.length;
            while (index > 0) {
                const before = numeric(versions[index - 1].reading.observation.resourceVersion);
                if (before === void 0 || before <= order) break;
                index--;
            }
            return index;
        }
        function ms(value) {
            return Math.round(value * 1e3) / 1e3;
        }
        function numeric(rv) {
            return rv !== void 0 && /^\d{1,30}$/.test(rv) ? BigInt(rv) : void 0;
        }
        function describeChanges(witness, confirmed, listed) {
            const changes = [];
            for (const [key, now] of listed) {
                const before = confirmed.get(key);
                const {vm: vm, object: object} = now.observation;
                const name = witness === "event" ? `event ${now.observation.reason ?? ""} about ${object}` : `${witness} ${object}`;
                if (!before || before.identity === DELETED) changes.push({
                    vm: vm,
                    text: `${name}: appeared as ${describe(now)}`
                }); else if (before.observation.resourceVersion !== now.observation.resourceVersion) changes.push({
                    vm: vm,
                    text: before.identity === now.identity ? `${name}: still ${describe(now)}, but resourceVersion ${before.observation.resourceVersion ?? "?"} -> ${now.observation.resourceVersion ?? "?"}: states in between, if any, were not seen` : `${name}: ${describe(before)} -> ${describe(now)}; states in between, if any, were not seen`
                });
            }
            for (const [key, before] of confirmed) {
                if (listed.has(key) || before.identity === DELETED || witness === "event") continue;
                changes.push({
                    vm: before.observation.vm,
                    text: `${witness} ${before.observation.object}: deleted`
                });
            }
            return changes;
        }
        function describe(reading) {
            const {state: state, count: count} = reading.observation;
            return count !== void 0 ? `${state} (count ${count})` : state;
        }
        class KnownObjects {
            #versions;
            constructor(versions = []) {
                this.#versions = new Map(versions);
            }
            static listed(items) {
                return new KnownObjects(items.flatMap(item => {
                    const name = objectName(item);
                    const rv = resourceVersionOf(item);
                    return name && rv ? [ [ name, rv ] ] : [];
                }));
            }
            get(name) {
                return this.#versions.get(name);
            }
            names() {
                return this.#versions.keys();
            }
            saw(type, name, resourceVersion) {
                const known = this.#versions.has(name);
                if (type === "DELETED") this.#versions.delete(name); else this.#versions.set(name, resourceVersion);
                if (type === "ADDED") return known ? `ADDED for ${name}, which the stream had not deleted: a DELETED line was lost` : void 0;
                return known ? void 0 : `${type} for ${name}, which the stream never added: an ADDED line was lost`;
            }
        }
        function readWatchEvent(type, object, witness, read, known) {
            const resourceVersion = resourceVersionOf(object);
            switch (type) {
              case "ADDED":
              case "MODIFIED":
              case "DELETED":
                {
                    const name = objectName(object);
                    if (!name || !resourceVersion) return {
                        kind: "malformed",
                        message: `a ${type} event without metadata.name and resourceVersion`
                    };
                    const lost = known.saw(type, name, resourceVersion);
                    const reading = read(object);
                    const recorded = type !== "DELETED" ? reading : reading && witness !== "event" ? deletedReading(reading) : void 0;
                    return {
                        resourceVersion: resourceVersion,
                        ...recorded ? {
                            reading: recorded
                        } : {},
                        ...lost ? {
                            lost: lost
                        } : {},
                        ...reading ? {
                            vm: reading.observation.vm
                        } : {}
                    };
                }

              case "BOOKMARK":
                return resourceVersion ? {
                    resourceVersion: resourceVersion
                } : {
                    kind: "malformed",
                    message: "a BOOKMARK without resourceVersion"
                };

              case "ERROR":
                return classifyStatus(object);

              default:
                return {
                    kind: "malformed",
                    message: `an event of unknown type ${JSON.stringify(type)}`
                };
            }
        }
        function resourceVersionOf(object) {
            return object?.metadata?.resourceVersion;
        }
        function undelivered(items, known) {
            const behind = [];
            const listed = new Set;
            for (const item of items) {
                const name = objectName(item);
                const rv = resourceVersionOf(item);
                if (!name || !rv) continue;
                listed.add(name);
                const told = known.get(name);
                if (told === void 0) behind.push(`${name} (never delivered)`); else if (told !== rv && !notNewer(rv, told)) behind.push(`${name} at resourceVersion ${rv} (delivered: ${told})`);
            }
            for (const name of known.names()) if (!listed.has(name)) behind.push(`${name} (deleted, never delivered)`);
            return behind;
        }
        function notNewer(rv, told) {
            return /^\d{1,30}$/.test(rv) && /^\d{1,30}$/.test(told) && BigInt(rv) <= BigInt(told);
        }
        const CAUSE_OF = {
            network: "disconnected",
            timeout: "timeout",
            "server-error": "server-error",
            throttled: "throttled",
            forbidden: "forbidden",
            malformed: "malformed",
            silent: "silent",
            unexpected: "unexpected"
        };
        class GapLedger {
            #vouchedAt;
            #outage;
            #endedOutage;
            #pendingGap;
            constructor(at) {
                this.#vouchedAt = at;
            }
            get down() {
                return this.#outage?.cause;
            }
            get relistPending() {
                return this.#pendingGap !== void 0;
            }
            failed(at, cause, detail) {
                this.#outage ??= {
                    since: at,
                    cause: cause,
                    detail: detail
                };
            }
            unavailable(at, cause, detail) {
                this.#outage = {
                    since: at,
                    cause: cause,
                    detail: detail
                };
            }
            relistNeeded(cause, said) {
                const before = this.#outage ?? this.#endedOutage;
                this.#pendingGap ??= {
                    cause: cause,
                    detail: before ? `${before.detail}, then ${said}` : said
                };
            }
            resumed(at) {
                const outage = this.#outage;
                if (!outage) return;
                this.#endedOutage = outage;
                this.#outage = void 0;
                return {
                    cause: outage.cause,
                    afterMs: at - outage.since
                };
            }
            vouched(at) {
                this.#vouchedAt = at;
                this.#endedOutage = void 0;
                return this.resumed(at);
            }
            relisted(at, resourceVersion, changes = []) {
                const pending = this.#pendingGap;
                this.#pendingGap = void 0;
                const gap = pending && {
                    cause: pending.cause,
                    detail: `${pending.detail}; relisted at resourceVersion ${resourceVersion}`,
                    at: this.#vouchedAt,
                    until: at,
                    changes: changes
                };
                const recovery = this.vouched(at);
                return {
                    ...gap ? {
                        gap: gap
                    } : {},
                    ...recovery ? {
                        recovery: recovery
                    } : {}
                };
            }
            lost(at, detail, changes) {
                return {
                    cause: "malformed",
                    detail: detail,
                    at: this.#vouchedAt,
                    until: at,
                    changes: changes
                };
            }
            silent(at, detail) {
                const gap = {
                    cause: "silent",
                    detail: detail,
                    at: this.#vouchedAt,
                    until: at
                };
                this.#vouchedAt = at;
                this.#outage = {
                    since: at,
                    cause: "silent",
                    detail: detail
                };
                return gap;
            }
            crashed(at, detail) {
                this.failed(at, "unexpected", detail);
            }
            ended(at) {
                const outage = this.#outage;
                if (!outage) return;
                this.#outage = void 0;
                return {
                    cause: outage.cause,
                    detail: `${outage.detail}; still so when the observation ended`,
                    at: this.#vouchedAt,
                    until: at
                };
            }
            open(now) {
                const outage = this.#outage;
                if (!outage) return;
                return {
                    cause: outage.cause,
                    detail: `${outage.detail} (ongoing)`,
                    at: this.#vouchedAt,
                    until: now
                };
            }
        }
        function seconds(ms) {
            return `${(ms / 1e3).toFixed(ms < 1e4 ? 3 : 1)}s`;
        }
        function lines_describe(ending) {
            return ending.kind === "stopped" ? "stopped" : ending.message;
        }
        function planLine(resource, plan, said, polling) {
            const every = `polling every ${polling.intervalMs} ms`;
            if (plan.next === "poll-only") return `${resource}: watch refused (${said}); ${every} for the rest of the run, so states shorter than that may be missed`;
            if (plan.next === "give-up") return `${resource}: cannot list (${said}); this witness is unavailable`;
            const what = plan.next === "list" ? "relisting" : "watching again";
            return `${resource}: ${what} in ${seconds(plan.delayMs)} after ${said}${polling.now ? `; ${every} meanwhile` : ""}`;
        }
        function gapLine(resource, gap) {
            const line = `${resource}: gap of ${seconds(gap.until - gap.at)} (${gap.cause}): ${gap.detail}`;
            const changes = gap.changes ?? [];
            if (gap.cause !== "malformed" && changes.length === 0) return {
                line: line,
                warn: false
            };
            const changed = changes.length ? `; changed: ${changes.map(c => c.text).join("; ")}` : "";
            return {
                line: `${line}${changed}`,
                warn: true
            };
        }
        class InFlight {
            #open=new Map;
            track(request, open) {
                this.#open.set(request, open);
                const settled = () => this.#open.delete(request);
                request.then(settled, settled);
            }
            async settled(first, clock, ms) {
                const all = (async () => {
                    await first;
                    while (this.#open.size > 0) await Promise.allSettled([ ...this.#open.keys() ]);
                    return true;
                })();
                const waited = new AbortController;
                const inTime = await Promise.race([ all, clock.sleep(ms, waited.signal).then(() => false) ]);
                waited.abort();
                return inTime;
            }
            describe(now) {
                const open = [ ...this.#open.values() ].map(r => `a ${r.what} request ${r.answered ? "still open" : "not answered"} after ${seconds(now - r.since)}`);
                return open.length ? open.join(", ") : "its requests to close";
            }
        }
        function nextPollInMs(result, tookMs, failures, deps, random) {
            const wait = deps.intervalMs - tookMs;
            if (!("kind" in result)) return Math.max(0, wait);
            if (result.kind === "throttled") return Math.max(wait, result.retryAfterMs ?? THROTTLED_FLOOR_MS);
            return Math.max(0, wait, backoffMs(failures, deps.limits, random));
        }
        class Poller {
            #deps;
            #abort=new AbortController;
            #done;
            constructor(deps) {
                this.#deps = deps;
                this.#done = this.#run().catch(deps.onCrash);
            }
            async stop() {
                this.#abort.abort();
                await this.#done;
            }
            async #run() {
                const {clock: clock, list: list, onListing: onListing, onFailure: onFailure, random: random} = this.#deps;
                const signal = this.#abort.signal;
                let failures = 0;
                while (!signal.aborted) {
                    const started = clock.now();
                    const result = await list(signal);
                    if (signal.aborted) return;
                    if ("kind" in result) onFailure(result); else onListing(result);
                    const wait = nextPollInMs(result, clock.now() - started, failures, this.#deps, random());
                    failures = "kind" in result ? failures + 1 : 0;
                    const held = (this.#deps.notBefore?.() ?? 0) - clock.now();
                    await clock.sleep(Math.max(wait, held), signal);
                }
            }
        }
        var types = __webpack_require__(26729);
        class ResourceLists {
            #spec;
            #witness;
            #deps;
            #polling;
            #pollRefusedSaid=false;
            constructor(spec, deps) {
                this.#spec = spec;
                this.#witness = types.Q[spec.resource];
                this.#deps = deps;
            }
            first(start, pause) {
                const {clock: clock, limits: limits, random: random, log: log, record: record} = this.#deps;
                return firstList({
                    resource: this.#spec.resource,
                    clock: clock,
                    limits: limits,
                    random: random,
                    start: start,
                    request: deadline => this.request(this.#deps.stopped, deadline),
                    failed: ending => record.failed(ending),
                    notBefore: () => record.notBefore,
                    pause: pause,
                    log: log
                });
            }
            request(signal, deadline = {
                ms: this.#deps.limits.livenessTimeoutMs,
                name: "the liveness timeout"
            }) {
                const {clock: clock, record: record, inflight: inflight} = this.#deps;
                record.stats.requests++;
                const request = requestList(this.#spec.list, clock, deadline, signal);
                inflight.track(request, {
                    what: "list",
                    since: clock.now(),
                    answered: false
                });
                return request;
            }
            take(listing, seenBy) {
                const {builder: builder, clock: clock, record: record} = this.#deps;
                const at = clock.now();
                const {readings: readings, gone: gone} = readListing(listing, this.#spec.read, this.#witness, builder.latest(this.#witness));
                if (seenBy === "poll") record.stats.polls++;
                const {ledger: ledger} = record;
                const relisted = seenBy === "list" ? ledger.relisted(at, listing.resourceVersion, ledger.relistPending ? describeChanges(this.#witness, builder.confirmed(this.#witness), readings) : []) : void 0;
                if (relisted?.gap) record.gap(relisted.gap);
                for (const reading of [ ...readings.values(), ...gone ]) builder.record(reading, seenBy, at);
                record.recovered("listed again", relisted?.recovery);
            }
            get pollingSince() {
                return this.#polling?.since;
            }
            startPolling(reason) {
                if (this.#polling || this.#deps.stopped.aborted) return;
                const {builder: builder, clock: clock, pollIntervalMs: pollIntervalMs, limits: limits, random: random, record: record} = this.#deps;
                const since = clock.now();
                const close = builder.polling(this.#spec.resource, since, pollIntervalMs, `no healthy watch: ${reason}`);
                const poller = new Poller({
                    clock: clock,
                    intervalMs: pollIntervalMs,
                    limits: limits,
                    random: random,
                    list: signal => this.request(signal),
                    onListing: listing => this.take(listing, "poll"),
                    onFailure: ending => this.#pollFailed(ending),
                    onCrash: error => record.crashed(error),
                    notBefore: () => record.notBefore
                });
                this.#polling = {
                    poller: poller,
                    close: close,
                    since: since
                };
                record.stats.mode = "poll";
            }
            async stopPolling(at = this.#deps.clock.now()) {
                const polling = this.#polling;
                if (!polling) return;
                this.#polling = void 0;
                polling.close(at);
                this.#deps.record.stats.pollingMs += at - polling.since;
                await polling.poller.stop();
            }
            #pollFailed(ending) {
                this.#deps.record.failed(ending);
                if (ending.kind === "forbidden" && !this.#pollRefusedSaid) {
                    this.#pollRefusedSaid = true;
                    this.#deps.warn(`${this.#spec.resource}: polling refused too (${lines_describe(ending)}); nothing of this resource can be seen`);
                }
            }
        }
        class UnlistableError extends Error {
            gapCause;
            constructor(message, gapCause) {
                super(message);
                this.name = "UnlistableError";
                this.gapCause = gapCause;
            }
        }
        function isEnding(result) {
            return "kind" in result;
        }
        function requestList(list, clock, deadline, signal) {
            const timeout = new AbortController;
            return new Promise(resolve => {
                if (signal.aborted) return resolve({
                    kind: "stopped"
                });
                const stopped = () => resolve({
                    kind: "stopped"
                });
                const cancelTimeout = clock.timer(() => {
                    timeout.abort(new Error(`no answer within ${deadline.name}`));
                    resolve({
                        kind: "timeout",
                        message: `no answer to the list within ${deadline.name}`
                    });
                }, deadline.ms);
                signal.addEventListener("abort", stopped, {
                    once: true
                });
                list(AbortSignal.any([ signal, timeout.signal ])).then(resolve, error => resolve(classify(error))).finally(() => {
                    cancelTimeout();
                    signal.removeEventListener("abort", stopped);
                });
            });
        }
        async function firstList(context) {
            const {resource: resource, clock: clock, limits: limits, start: start} = context;
            let failures = 0;
            for (let attempt = 1; ;attempt++) {
                const deadline = tryDeadline(start.until - clock.now(), attempt === 1, start, limits);
                const result = await context.request(deadline);
                if (!isEnding(result)) return result;
                if (result.kind === "stopped") return;
                context.failed(result);
                const plan = decide(result, {
                    phase: "list",
                    failures: failures,
                    now: clock.now()
                }, limits, context.random());
                failures = plan.failures;
                const retryAt = Math.max(clock.now() + plan.delayMs, context.notBefore());
                const lastTry = plan.next === "give-up" || attempt >= limits.startAttempts;
                const spent = deadline.cut && result.kind === "timeout";
                if (lastTry || spent || retryAt >= start.until) {
                    const said = lines_describe(result);
                    const allowed = `the ${seconds(start.allowedMs)} allowed to start`;
                    const why = lastTry ? "" : `; no time left to try again${said.includes(allowed) ? "" : ` within ${allowed}`}`;
                    throw new UnlistableError(`cannot list ${resource}: ${said}${why}`, causeOf(result));
                }
                context.log(`${resource}: list failed (${lines_describe(result)}); retrying in ${seconds(plan.delayMs)}`);
                await context.pause(plan.delayMs);
            }
        }
        function tryDeadline(left, first, start, limits) {
            if (left >= limits.livenessTimeoutMs) return {
                ms: limits.livenessTimeoutMs,
                name: "the liveness timeout",
                cut: false
            };
            const allowed = `the ${seconds(start.allowedMs)} allowed to start`;
            const name = first ? allowed : `the ${seconds(Math.max(0, left))} left of ${allowed}`;
            return {
                ms: Math.max(0, left),
                name: name,
                cut: true
            };
        }
        function causeOf(ending) {
            return ending.kind === "closed" || ending.kind === "expired" ? "unexpected" : CAUSE_OF[ending.kind];
        }
        function readListing(listing, read, witness, latest) {
            const readings = new Map;
            for (const item of listing.items) {
                const reading = read(item);
                if (reading) readings.set(reading.key, reading);
            }
            const gone = [];
            if (witness !== "event") for (const [key, last] of latest) {
                if (readings.has(key) || last.identity === DELETED) continue;
                const deleted = deletedReading(last);
                deleted.observation.resourceVersion = listing.resourceVersion;
                gone.push(deleted);
            }
            return {
                readings: readings,
                gone: gone
            };
        }
        class ResourceRecord {
            resource;
            ledger;
            stats={
                mode: "starting",
                watchStarts: 0,
                streams: 0,
                relists: 0,
                polls: 0,
                probes: 0,
                gaps: 0,
                errors: {},
                pollingMs: 0,
                requests: 0
            };
            notBefore=0;
            #deps;
            constructor(resource, deps) {
                this.resource = resource;
                this.#deps = deps;
                this.ledger = new GapLedger(deps.clock.now());
            }
            failed(ending) {
                this.stats.errors[ending.kind] = (this.stats.errors[ending.kind] ?? 0) + 1;
                const retryAfterMs = ending.kind === "throttled" || ending.kind === "server-error" ? ending.retryAfterMs : void 0;
                if (retryAfterMs !== void 0) this.notBefore = Math.max(this.notBefore, this.#deps.clock.now() + retryAfterMs);
            }
            gap(gap) {
                this.stats.gaps++;
                const {line: line, warn: warn} = gapLine(this.resource, gap);
                if (warn) this.#deps.warn(line); else this.#deps.log(line);
                this.#deps.builder.gap({
                    resource: this.resource,
                    ...gap
                });
            }
            vouched(how) {
                this.recovered(how, this.ledger.vouched(this.#deps.clock.now()));
            }
            recovered(how, recovery) {
                if (recovery) this.#deps.log(`${this.resource}: ${how} after ${seconds(recovery.afterMs)} of ${recovery.cause}`);
            }
            crashed(error) {
                this.ledger.crashed(this.#deps.clock.now(), `${this.resource} observer failed: ${(0, 
                errors.g)(error)}`);
                this.#deps.warn(`${this.resource}: the observer stopped following this resource after an internal error: ${(0, 
                errors.g)(error)}`);
            }
        }
        function openStream(options) {
            const {clock: clock, livenessTimeoutMs: livenessTimeoutMs} = options;
            let ending;
            let controller;
            let cancelSilence = () => {};
            let resolveEnded = () => {};
            const ended = new Promise(resolve => resolveEnded = resolve);
            const finish = how => {
                if (ending) return;
                ending = how;
                cancelSilence();
                controller?.abort();
                resolveEnded(how);
            };
            const alive = () => {
                cancelSilence();
                cancelSilence = clock.timer(() => {
                    const silent = `nothing arrived for ${(livenessTimeoutMs / 1e3).toFixed(3)}s`;
                    finish(controller ? {
                        kind: "closed",
                        message: silent
                    } : {
                        kind: "timeout",
                        message: `no answer to the watch request: ${silent}`
                    });
                }, livenessTimeoutMs);
            };
            alive();
            const onEvent = (type, object) => {
                if (ending) return;
                alive();
                try {
                    const problem = options.onEvent(type, object);
                    if (problem) finish(problem);
                } catch (error) {
                    finish({
                        kind: "malformed",
                        message: `cannot use a ${type} event: ${(0, errors.g)(error)}`
                    });
                }
            };
            let stopped = false;
            const request = new client_node.ox(options.kubeConfig).watch(options.path, options.query, onEvent, error => {
                if (!ending && error === null && controller) options.onCleanEnd();
                finish(stopped ? {
                    kind: "stopped"
                } : classify(error));
            }).then(opened => {
                controller = opened;
                if (ending) opened.abort(); else options.onOpen();
            }, error => finish(classify(error)));
            return {
                ended: ended,
                request: request,
                stop: () => {
                    stopped = true;
                    finish({
                        kind: "stopped"
                    });
                },
                end: finish
            };
        }
        const PROVEN_PROBE_FACTOR = 15;
        class ResourceWatcher {
            resource;
            #spec;
            #deps;
            #stop=new AbortController;
            #inflight=new InFlight;
            #record;
            #lists;
            #lastResourceVersion;
            #failures=0;
            #delivered=0;
            #lastStartAt;
            #known=new KnownObjects;
            #stream;
            #loop;
            #heardAt;
            #distrusted=false;
            #suspect;
            #silentEnding;
            #probing=false;
            #cancelProbe=() => {};
            #probedAt=-1 / 0;
            #probeWaitMs;
            #proven=false;
            constructor(spec, deps) {
                this.resource = spec.resource;
                this.#spec = spec;
                this.#deps = deps;
                this.#record = new ResourceRecord(spec.resource, deps);
                this.#heardAt = deps.clock.now();
                this.#probeWaitMs = deps.limits.probeEveryMs;
                this.#lists = new ResourceLists(spec, {
                    ...deps,
                    record: this.#record,
                    inflight: this.#inflight,
                    stopped: this.#stop.signal
                });
            }
            async start(start) {
                const listing = await this.#lists.first(start, ms => this.#pause(ms)).catch(error => {
                    this.#record.stats.mode = "unavailable";
                    throw error;
                });
                if (!listing) return;
                this.#listed(listing);
                this.#loop = this.#run().catch(error => this.#record.crashed(error));
                this.#scheduleProbe();
            }
            unavailable(cause, detail) {
                this.#record.stats.mode = "unavailable";
                this.#record.ledger.unavailable(this.#deps.clock.now(), cause, detail);
            }
            async stop(at = this.#deps.clock.now()) {
                const {clock: clock, limits: limits, log: log} = this.#deps;
                this.#stop.abort();
                this.#cancelProbe();
                this.#stream?.stop();
                const stopped = this.#lists.stopPolling(at).then(() => this.#loop);
                if (!await this.#inflight.settled(stopped, clock, limits.stopWaitMs)) log(`${this.resource}: stopped without waiting more than ${seconds(limits.stopWaitMs)} for ${this.#inflight.describe(clock.now())} (client-node cannot abort a watch request before the server answers it; it gives up on its own after 30 s)`);
                const gap = this.#record.ledger.ended(at);
                if (gap) this.#record.gap(gap);
                this.#record.stats.mode = "stopped";
            }
            stats() {
                const {stats: stats} = this.#record;
                const since = this.#lists.pollingSince;
                return {
                    ...stats,
                    errors: {
                        ...stats.errors
                    },
                    pollingMs: stats.pollingMs + (since === void 0 ? 0 : this.#deps.clock.now() - since),
                    resourceVersion: this.#lastResourceVersion
                };
            }
            openGap(now) {
                const open = this.#record.ledger.open(now);
                return open && {
                    resource: this.resource,
                    ...open
                };
            }
            async #run() {
                let plan = {
                    next: "watch",
                    delayMs: 0,
                    poll: false,
                    failures: 0,
                    warn: false
                };
                for (;;) {
                    await this.#pause(plan.delayMs);
                    if (this.#stop.signal.aborted) return;
                    let ending = plan.next === "list" ? await this.#relist() : await this.#watch();
                    if (this.#distrusted && ending?.kind === "closed" && this.#delivered === 0) ending = {
                        kind: "silent",
                        message: `the watch ended without delivering anything`
                    };
                    if (ending === void 0) {
                        plan = {
                            next: "watch",
                            delayMs: 0,
                            poll: false,
                            failures: this.#failures,
                            warn: false
                        };
                        continue;
                    }
                    const phase = plan.next === "list" ? "list" : "watch";
                    plan = decide(ending, {
                        phase: phase,
                        failures: this.#failures,
                        lastStartAt: this.#lastStartAt,
                        progressed: phase === "watch" && this.#delivered > 0,
                        now: this.#deps.clock.now()
                    }, this.#deps.limits, this.#deps.random());
                    this.#failures = plan.failures;
                    this.#after(ending, plan);
                    if (plan.next === "stop" || plan.next === "give-up") return;
                    if (plan.next === "poll-only") return;
                }
            }
            async #pause(ms) {
                const {clock: clock} = this.#deps;
                const until = clock.now() + ms;
                for (;;) {
                    const wait = Math.max(until, this.#record.notBefore) - clock.now();
                    if (wait <= 0 || this.#stop.signal.aborted) return;
                    await clock.sleep(wait, this.#stop.signal);
                }
            }
            #after(ending, plan) {
                if (ending.kind === "stopped" || ending.kind === "closed") return;
                const {clock: clock, log: log, warn: warn, pollIntervalMs: pollIntervalMs} = this.#deps;
                const {ledger: ledger} = this.#record;
                this.#record.failed(ending);
                const said = lines_describe(ending);
                if (plan.gap) ledger.relistNeeded(plan.gap, said);
                if (ending.kind !== "expired") ledger.failed(clock.now(), CAUSE_OF[ending.kind], `${this.resource} watch: ${said}`);
                if (plan.poll) this.#lists.startPolling(said);
                const polling = this.#lists.pollingSince !== void 0;
                const line = planLine(this.resource, plan, said, {
                    intervalMs: pollIntervalMs,
                    now: polling
                });
                (plan.warn ? warn : log)(line);
                if (plan.next === "give-up") {
                    this.#lists.stopPolling();
                    this.#record.stats.mode = "unavailable";
                }
            }
            #watch() {
                const {kubeConfig: kubeConfig, limits: limits, random: random, clock: clock} = this.#deps;
                const {stats: stats} = this.#record;
                this.#lastStartAt = clock.now();
                this.#delivered = 0;
                const silent = this.#silentEnding;
                this.#silentEnding = void 0;
                if (silent) return Promise.resolve(silent);
                stats.watchStarts++;
                stats.requests++;
                const open = {
                    what: "watch",
                    since: clock.now(),
                    answered: false
                };
                const stream = openStream({
                    kubeConfig: kubeConfig,
                    clock: clock,
                    path: this.#spec.path,
                    query: {
                        resourceVersion: this.#lastResourceVersion,
                        allowWatchBookmarks: true,
                        labelSelector: this.#spec.labelSelector,
                        timeoutSeconds: Math.round(limits.minWatchTimeoutSeconds * (1 + random()))
                    },
                    livenessTimeoutMs: limits.livenessTimeoutMs,
                    onEvent: (type, object) => this.#onEvent(type, object),
                    onOpen: () => {
                        open.answered = true;
                        this.#established();
                    },
                    onCleanEnd: () => {
                        if (this.#delivered > 0) this.#record.vouched("the stream ended cleanly");
                    }
                });
                this.#stream = stream;
                this.#inflight.track(stream.request, open);
                const cancelUnanswered = clock.timer(() => {
                    if (!open.answered) this.#unanswered(limits.answerTimeoutMs);
                }, limits.answerTimeoutMs);
                return stream.ended.finally(() => {
                    cancelUnanswered();
                    this.#stream = void 0;
                });
            }
            #unanswered(afterMs) {
                if (this.#lists.pollingSince !== void 0) return;
                const why = `the watch request was not answered within ${seconds(afterMs)}`;
                this.#lists.startPolling(why);
                this.#deps.log(`${this.resource}: ${why}: polling every ${seconds(this.#deps.pollIntervalMs)} until it is`);
            }
            #established() {
                this.#record.stats.streams++;
                if (this.#distrusted) return;
                this.#record.stats.mode = "watch";
                this.#lists.stopPolling();
                this.#record.recovered(`watching again from resourceVersion ${this.#lastResourceVersion ?? "?"}`, this.#record.ledger.resumed(this.#deps.clock.now()));
            }
            #onEvent(type, object) {
                const {builder: builder, clock: clock} = this.#deps;
                const witness = types.Q[this.resource];
                const event = readWatchEvent(type, object, witness, this.#spec.read, this.#known);
                if (isEnding(event)) return event;
                if (event.reading) builder.record(event.reading, "watch", clock.now());
                if (event.lost) {
                    this.#record.failed({
                        kind: "malformed",
                        message: event.lost
                    });
                    const changes = event.vm ? [ {
                        vm: event.vm,
                        text: event.lost
                    } ] : [];
                    const detail = `${this.resource} watch: ${event.lost}`;
                    this.#record.gap(this.#record.ledger.lost(clock.now(), detail, changes));
                }
                this.#delivered++;
                this.#heard();
                this.#proven = true;
                if (this.#distrusted) {
                    this.#distrusted = false;
                    this.#record.stats.mode = "watch";
                    this.#lists.stopPolling();
                }
                this.#lastResourceVersion = event.resourceVersion;
                this.#failures = 0;
                this.#record.vouched(`a ${type} event arrived`);
                return;
            }
            async #relist() {
                const result = await this.#lists.request(this.#stop.signal);
                if (isEnding(result)) return result;
                this.#record.stats.relists++;
                this.#listed(result);
                return;
            }
            #listed(listing) {
                this.#lists.take(listing, "list");
                this.#known = KnownObjects.listed(listing.items);
                this.#lastResourceVersion = listing.resourceVersion;
                this.#heard();
            }
            #heard() {
                this.#heardAt = this.#deps.clock.now();
                this.#suspect = void 0;
                this.#probeWaitMs = this.#deps.limits.probeEveryMs;
            }
            #scheduleProbe() {
                const {probeEveryMs: probeEveryMs} = this.#deps.limits;
                if (probeEveryMs <= 0 || this.#stop.signal.aborted) return;
                this.#cancelProbe = this.#deps.clock.timer(() => {
                    this.#scheduleProbe();
                    this.#probe().catch(error => this.#record.crashed(error));
                }, probeEveryMs);
            }
            async #probe() {
                const {clock: clock, limits: limits} = this.#deps;
                const longest = limits.probeEveryMs * PROVEN_PROBE_FACTOR;
                const wait = this.#suspect ? limits.probeEveryMs : this.#proven ? longest : this.#probeWaitMs;
                const quietMs = clock.now() - Math.max(this.#heardAt, this.#probedAt);
                if (this.#probing || quietMs < wait) return;
                if (this.#lists.pollingSince !== void 0 || this.#record.ledger.relistPending) return;
                this.#probing = true;
                this.#probedAt = clock.now();
                const heardAt = this.#heardAt;
                const result = await this.#lists.request(this.#stop.signal).finally(() => {
                    this.#probing = false;
                });
                this.#record.stats.probes++;
                if (isEnding(result) || this.#heardAt !== heardAt || this.#stop.signal.aborted) return;
                const behind = undelivered(result.items, this.#known);
                if (behind.length === 0) {
                    this.#suspect = void 0;
                    this.#probeWaitMs = Math.min(longest, this.#probeWaitMs * 2);
                } else if (!this.#suspect) this.#suspect = behind; else if (this.#proven) this.#lostInTransit(behind); else this.#silent(behind, clock.now() - heardAt);
            }
            #lostInTransit(behind) {
                this.#suspect = void 0;
                const message = `the watch did not deliver what a list showed (${describeBehind(behind)}): a line was lost in transit`;
                this.#stream?.end({
                    kind: "malformed",
                    message: message
                });
            }
            #silent(behind, quietMs) {
                const {clock: clock} = this.#deps;
                const message = `the watch was answered but delivered nothing for ${seconds(quietMs)} while a list showed ${describeBehind(behind)}`;
                this.#suspect = void 0;
                this.#distrusted = true;
                this.#proven = false;
                this.#record.gap(this.#record.ledger.silent(clock.now(), `${this.resource} watch: ${message}`));
                const ending = {
                    kind: "silent",
                    message: message
                };
                if (this.#stream) this.#stream.end(ending); else this.#silentEnding = ending;
            }
        }
        function describeBehind(behind) {
            return behind.slice(0, 3).join(", ") + (behind.length > 3 ? ", …" : "");
        }
        const START_WITHIN_MS = 6e4;
        async function startObserver(options) {
            const clock = options.now ? {
                ...options.clock ?? systemClock,
                now: options.now
            } : options.clock ?? systemClock;
            const now = clock.now;
            const log = options.log ?? (() => {});
            const warn = options.warn ?? log;
            const listeners = new Set;
            const notify = vm => {
                for (const listener of listeners) try {
                    listener(vm);
                } catch (error) {
                    warn(`an observer subscriber failed: ${(0, errors.g)(error)}`);
                }
            };
            const builder = new TimelineBuilder(entry => {
                if (entry.kind === "state") {
                    if (!builder.isTracked(entry.vm)) return;
                    log(progressLine(entry, builder));
                    notify(entry.vm);
                } else entry.vms.forEach(notify);
            });
            const specs = resourceSpecs({
                kubeConfig: options.kubeConfig,
                namespace: options.namespace,
                labelSelector: options.labelSelector,
                podOwner: pod => builder.vmOf(`pod ${pod}`)
            });
            const deps = {
                kubeConfig: options.kubeConfig,
                builder: builder,
                clock: clock,
                limits: {
                    ...DEFAULT_LIMITS,
                    ...options.limits
                },
                pollIntervalMs: options.pollIntervalMs,
                random: options.random ?? Math.random,
                log: log,
                warn: warn
            };
            const watchers = specs.map(spec => new ResourceWatcher(spec, deps));
            const allowedMs = Math.max(0, options.startWithinMs ?? START_WITHIN_MS);
            const start = {
                until: now() + allowedMs,
                allowedMs: allowedMs
            };
            const started = await Promise.allSettled(watchers.map(watcher => watcher.start(start)));
            for (const [index, result] of started.entries()) {
                if (result.status === "fulfilled") continue;
                const watcher = watchers[index];
                const why = (0, errors.g)(result.reason);
                if (watcher.resource === "virtualmachines") {
                    await Promise.all(watchers.map(w => w.stop()));
                    throw new Error(`Cannot observe VirtualMachines in namespace "${options.namespace}": ${why}. Check that KubeVirt is installed and that the credentials may list and watch virtualmachines.kubevirt.io there.`, {
                        cause: result.reason
                    });
                }
                warn(`${why}: the ${watcher.resource} witness is unavailable for this run`);
                watcher.unavailable(result.reason instanceof UnlistableError ? result.reason.gapCause : "unexpected", why);
            }
            let stopping;
            return {
                track(vm) {
                    builder.track(vm, now(), (new Date).toISOString());
                },
                timeline(vm) {
                    const at = now();
                    const open = watchers.flatMap(watcher => watcher.openGap(at) ?? []);
                    return builder.timeline(vm, at, open);
                },
                subscribe(listener) {
                    listeners.add(listener);
                    return () => listeners.delete(listener);
                },
                stats() {
                    return Object.fromEntries(watchers.map(w => [ w.resource, w.stats() ]));
                },
                stop() {
                    stopping ??= (async () => {
                        const at = now();
                        await Promise.all(watchers.map(watcher => watcher.stop(at)));
                        builder.end(at);
                        listeners.clear();
                    })();
                    return stopping;
                }
            };
        }
        function progressLine(entry, builder) {
            const {observation: observation} = entry.version.reading;
            const offset = builder.offset(entry.vm, entry.at);
            const count = observation.witness === "event" ? ` x${observation.count ?? 1}` : "";
            const how = entry.late ? `${entry.version.seenBy}, replayed` : entry.version.seenBy;
            const who = builder.tracked().length > 1 ? `${entry.vm} ` : "";
            return `${offset >= 0 ? "+" : "-"}${(Math.abs(offset) / 1e3).toFixed(3)}s ${who}${observation.witness} ${observation.state}${count} (${how})`;
        }
        function coalesce(work, costFactor = 2) {
            let timer;
            let endedAt = -1 / 0;
            let costMs = 0;
            let cancelled = false;
            const dueIn = () => Math.max(0, endedAt + costFactor * costMs - performance.now());
            const run = () => {
                const early = dueIn();
                if (early > 0) {
                    timer = setTimeout(run, early);
                    return;
                }
                timer = void 0;
                const started = performance.now();
                try {
                    work();
                } finally {
                    endedAt = performance.now();
                    costMs = endedAt - started;
                }
            };
            return {
                request() {
                    if (timer !== void 0 || cancelled) return;
                    timer = setTimeout(run, dueIn());
                },
                cancel() {
                    cancelled = true;
                    clearTimeout(timer);
                    timer = void 0;
                }
            };
        }
        var duration = __webpack_require__(26518);
        var pattern = __webpack_require__(20666);
        var verify = __webpack_require__(13889);
        var rate = __webpack_require__(61303);
        const DEQUARANTINE_RATE = .001;
        const INFRASTRUCTURE = [ "unschedulable", "image-pulled", "invalid-image-name", "stuck-starting" ];
        function failureCause(verdict) {
            const diagnosis = verdict.diagnosis ?? [];
            if (diagnosis.some(code => INFRASTRUCTURE.includes(code))) return "infrastructure";
            if (diagnosis.includes("message-mismatch")) return "message";
            if (diagnosis.includes("hidden-by-gap") || diagnosis.includes("polled")) return "observer-gap";
            if (diagnosis.includes("missed-by-witness")) return "skipped-by-controller";
            if (verdict.result === "inconclusive" || diagnosis.includes("slow-back-off")) return "timeout";
            return "other";
        }
        function summarizeRepeats(verdicts) {
            const groups = new Map;
            verdicts.forEach((verdict, index) => {
                if (verdict.result === "passed") return;
                const cause = failureCause(verdict);
                groups.set(cause, [ ...groups.get(cause) ?? [], index + 1 ]);
            });
            const failed = verdicts.length - verdicts.filter(v => v.result === "passed").length;
            return {
                rate: (0, rate.YV)(failed, verdicts.length),
                failures: [ ...groups ].map(([cause, runs]) => ({
                    cause: cause,
                    runs: runs
                })).sort((a, b) => b.runs.length - a.runs.length),
                cleanRunsToDequarantine: (0, rate.sl)(failed, verdicts.length, DEQUARANTINE_RATE)
            };
        }
        const SUFFIX = {
            Ki: 2 ** 10,
            Mi: 2 ** 20,
            Gi: 2 ** 30,
            Ti: 2 ** 40,
            Pi: 2 ** 50,
            Ei: 2 ** 60,
            n: 1e-9,
            u: 1e-6,
            m: .001,
            "": 1,
            k: 1e3,
            M: 1e6,
            G: 1e9,
            T: 1e12,
            P: 1e15,
            E: 1e18
        };
        const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?)$/;
        function parseQuantity(text) {
            const match = QUANTITY.exec((text ?? "").trim());
            if (!match) return;
            const [, number, exponent, suffix] = match;
            const value = Number(`${number}${exponent ?? ""}`);
            return Number.isFinite(value) ? value * SUFFIX[suffix ?? ""] : void 0;
        }
        function formatBytes(bytes) {
            const units = [ "B", "KiB", "MiB", "GiB", "TiB" ];
            let value = bytes;
            let unit = 0;
            while (value >= 1024 && unit < units.length - 1) {
                value /= 1024;
                unit++;
            }
            return `${Number(value.toFixed(value < 10 ? 1 : 0))} ${units[unit]}`;
        }
        const LAUNCHER_OVERHEAD_BYTES = 256 * 2 ** 20;
        const ROOM_TIMEOUT_MS = 3e4;
        async function roomFor(cluster, vm) {
            let nodes;
            try {
                const within = (0, requests.gd)(ROOM_TIMEOUT_MS);
                const core = (0, requests.uE)(cluster, client_node.f5, within);
                nodes = (await (0, requests.R$)(() => core.listNode(), within)).items;
            } catch (error) {
                return {
                    unknown: `could not list nodes (${(0, api_error.g)(error)})`
                };
            }
            const allocatableBytes = nodes.filter(node => node.spec?.unschedulable !== true).reduce((sum, node) => sum + (parseQuantity(node.status?.allocatable?.memory) ?? 0), 0);
            const perVmBytes = vmMemoryBytes(vm) + LAUNCHER_OVERHEAD_BYTES;
            return {
                perVmBytes: perVmBytes,
                allocatableBytes: allocatableBytes,
                fits: Math.floor(allocatableBytes / perVmBytes)
            };
        }
        function requireRoom(room, parallel) {
            if (parallel <= room.fits) return;
            throw new Error(`parallel: ${parallel} VMs at once need about ${formatBytes(parallel * room.perVmBytes)} of memory ` + `(${formatBytes(room.perVmBytes)} each with virt-launcher's overhead), but the schedulable nodes have ` + `${formatBytes(room.allocatableBytes)} allocatable in all. ` + (room.fits > 0 ? `Set parallel to ${room.fits} or less.` : "Not even one VM fits: free memory on the nodes or use a smaller VM."));
        }
        function vmMemoryBytes(vm) {
            const domain = vm.spec?.template?.spec?.domain ?? {};
            return parseQuantity(domain.resources?.requests?.memory) ?? parseQuantity(domain.memory?.guest) ?? 0;
        }
        var cleanup = __webpack_require__(72691);
        var src_outcome = __webpack_require__(34671);
        const HEARTBEAT_MS = 3e4;
        const REPEAT_PROGRESS_EVERY = 10;
        const DECIDE_TICK_MS = 1e3;
        function stopped(stage, error, hooks, attempts = []) {
            if (error instanceof src_outcome.cc || hooks.signal?.aborted) return error;
            return new src_outcome.aP(stage, error, attempts);
        }
        async function runCheck(config, hooks, tuning = {}) {
            const started = performance.now();
            const setup = (0, requests.gd)(tuning.preflightTimeoutMs ?? PREFLIGHT_TIMEOUT_MS, tuning.requests, hooks.signal);
            const {cluster: cluster, findings: findings} = await checkCluster(config, hooks, setup).catch(async error => {
                throw await withDiagnostics(stopped("pre-flight", error, hooks), hooks, () => (0, 
                kubeconfig.u3)(config.kubeconfig, process.env, config.audience));
            });
            if (findings.virtualization.schedulable === false) hooks.warn(`${findings.virtualization.why}. Enable emulation or use a node with /dev/kvm.`);
            if (config.repeat > 1) await requireRoomForRepeats(config, cluster, hooks).catch(error => {
                throw stopped("pre-flight", error, hooks);
            });
            if (hooks.signal?.aborted) throw new src_outcome.cc;
            const runId = (0, cluster_resources.F$)();
            const resources = {
                kubeconfig: config.kubeconfig,
                namespace: config.namespace ?? (0, cluster_resources.S3)(runId),
                generatedNamespace: config.namespace === void 0,
                runId: runId
            };
            hooks.willCreate?.(resources);
            const attempts = [];
            let outcome;
            let failure;
            try {
                if (resources.generatedNamespace) {
                    await (0, cluster_resources.YX)(cluster, resources.namespace, runId, setup);
                    hooks.log(`Created namespace ${resources.namespace}`);
                }
                const observer = await startObserver({
                    kubeConfig: cluster.kubeConfig,
                    namespace: resources.namespace,
                    labelSelector: `${manifest.jQ}=${runId}`,
                    pollIntervalMs: config.pollIntervalMs,
                    log: hooks.log,
                    warn: hooks.warn,
                    startWithinMs: setup.until - performance.now()
                });
                const context = {
                    config: config,
                    cluster: cluster,
                    observer: observer,
                    resources: resources,
                    hooks: hooks,
                    tuning: tuning
                };
                try {
                    if (config.repeat > 1) await runRepeats(context, attempts); else await runAttempts(context, attempts);
                } finally {
                    await observer.stop();
                }
                const verdicts = attempts.map(attempt => attempt.verdict);
                const result = (0, verify.PL)(verdicts);
                const diagnostics = result === "failed" || result === "inconclusive" ? await diagnose(cluster, hooks, resources) : void 0;
                outcome = {
                    result: result,
                    attempts: attempts,
                    durationMs: Math.round(performance.now() - started),
                    environment: {
                        kubernetesVersion: findings.kubernetesVersion,
                        kubevirtVersion: findings.kubevirtVersion
                    },
                    ...config.repeat > 1 && {
                        repeat: summarizeRepeats(verdicts)
                    },
                    ...diagnostics ? {
                        diagnostics: diagnostics
                    } : {}
                };
            } catch (error) {
                const cancelled = error instanceof src_outcome.cc || hooks.signal?.aborted;
                failure = {
                    error: error,
                    diagnostics: cancelled ? void 0 : await diagnose(cluster, hooks, resources)
                };
            }
            const leftovers = await (0, cleanup.nY)(config, cluster, resources, outcome, hooks, (0, 
            requests.gd)(tuning.cleanupTimeoutMs ?? cleanup.aE, tuning.requests));
            if (failure || !outcome) {
                const error = failure?.error;
                if (error instanceof src_outcome.cc || hooks.signal?.aborted) throw new src_outcome.cc(leftovers);
                const stoppedError = new src_outcome.aP("run", error, [ ...attempts ], leftovers);
                stoppedError.diagnostics = failure?.diagnostics;
                throw stoppedError;
            }
            return leftovers ? {
                ...outcome,
                leftovers: leftovers
            } : outcome;
        }
        async function diagnose(cluster, hooks, resources) {
            if (hooks.signal?.aborted) return;
            return hooks.group("Collecting diagnostics", async () => {
                const {collectDiagnostics: collectDiagnostics} = await __webpack_require__.e(858).then(__webpack_require__.bind(__webpack_require__, 2858));
                const diagnostics = await collectDiagnostics(cluster, {
                    namespace: resources?.namespace,
                    labelSelector: resources ? `${manifest.jQ}=${resources.runId}` : void 0,
                    signal: hooks.signal
                });
                const problems = diagnostics.problems.length;
                hooks.log(`Collected ${diagnostics.files.length} diagnostic files${problems ? `; ${problems} ${problems === 1 ? "item" : "items"} could not be collected (problems.txt beside them says which)` : ""}. The report writes them and says where.`);
                return diagnostics;
            });
        }
        async function withDiagnostics(error, hooks, connect, resources) {
            if (!(error instanceof src_outcome.aP)) return error;
            let cluster;
            try {
                cluster = connect();
            } catch {
                return error;
            }
            error.diagnostics = await diagnose(cluster, hooks, resources);
            return error;
        }
        async function runAttempt(number, context) {
            const {config: config, cluster: cluster, observer: observer, resources: resources, hooks: hooks, tuning: tuning} = context;
            if (hooks.signal?.aborted) throw new src_outcome.cc;
            const identity = {
                name: `${config.vmName}-${number}-${resources.runId}`,
                namespace: resources.namespace,
                runId: resources.runId
            };
            const vm = vmOf(config, identity);
            const vmKey = `${identity.namespace}/${identity.name}`;
            const {settleMs: settleMs, unschedulableGraceMs: unschedulableGraceMs} = tuning;
            const options = {
                ...verifyOptions(config, vm),
                settleMs: settleMs,
                unschedulableGraceMs: unschedulableGraceMs
            };
            observer.track(vmKey);
            const startedAt = (new Date).toISOString();
            const started = performance.now();
            await (0, cluster_resources.m)(cluster, vm, (0, requests.gd)(config.timeoutMs, tuning.requests, hooks.signal));
            const leftMs = Math.max(0, started + config.timeoutMs - performance.now());
            hooks.log(`Created VirtualMachine ${vmKey} with containerDisk ${(0, manifest.j8)(vm).join(", ")}; waiting up to ${(0, 
            duration.a3)(leftMs)} for ${config.expectedPath}`);
            const timedOut = await waitForDecision(observer, vmKey, options, leftMs, hooks);
            const timeline = observer.timeline(vmKey);
            const verdict = (0, verify.MX)(timeline, {
                ...options,
                timedOut: timedOut
            });
            if (config.repeat > 1) logRun(number, config.repeat, verdict, hooks); else logVerdict(number, verdict, hooks);
            return {
                number: number,
                vm: vmKey,
                startedAt: startedAt,
                durationMs: Math.round(performance.now() - started),
                timeline: timeline,
                verdict: verdict
            };
        }
        function apiRequests(observer) {
            return Object.values(observer.stats()).reduce((sum, stats) => sum + stats.requests, 0);
        }
        function vmOf(config, identity) {
            return config.vmTemplate ? (0, manifest.uX)(config.vmTemplate, identity) : (0, manifest.nV)(identity, config.image);
        }
        function verifyOptions(config, vm) {
            let expectedMessage = config.expectedMessage;
            if (!config.expectedMessageGiven) expectedMessage = (0, pattern.Kf)((0, manifest.j8)(vm));
            return {
                path: config.path,
                expectedPath: config.expectedPath,
                witness: config.witness,
                expectedMessage: expectedMessage,
                pollIntervalMs: config.pollIntervalMs,
                audience: config.audience
            };
        }
        function waitForDecision(observer, vmKey, options, timeoutMs, hooks) {
            const tracker = (0, verify.Bb)(options);
            const started = performance.now();
            return new Promise(resolve => {
                const finish = timedOut => {
                    unsubscribe();
                    changed.cancel();
                    clearTimeout(timer);
                    clearInterval(tick);
                    clearInterval(heartbeat);
                    hooks.signal?.removeEventListener("abort", onAbort);
                    resolve(timedOut);
                };
                let seen = {
                    timeline: observer.timeline(vmKey),
                    at: performance.now()
                };
                const decide = nowMs => {
                    if (tracker.decide(seen.timeline, nowMs) !== void 0) finish(false);
                };
                const changed = coalesce(() => {
                    seen = {
                        timeline: observer.timeline(vmKey),
                        at: performance.now()
                    };
                    decide();
                });
                const onAbort = () => finish(false);
                const unsubscribe = observer.subscribe(which => {
                    if (which === vmKey) changed.request();
                });
                const timer = setTimeout(() => finish(true), timeoutMs);
                const tick = setInterval(() => decide(seen.timeline.endedAtMs + performance.now() - seen.at), Math.min(DECIDE_TICK_MS, options.settleMs ?? DECIDE_TICK_MS));
                const heartbeat = setInterval(() => {
                    const elapsed = performance.now() - started;
                    hooks.log(`… ${(0, duration.a3)(elapsed)} in: ${describeProgress(observer.timeline(vmKey), options)}; ${(0, 
                    duration.a3)(timeoutMs - elapsed)} left`);
                }, HEARTBEAT_MS);
                hooks.signal?.addEventListener("abort", onAbort, {
                    once: true
                });
                if (hooks.signal?.aborted) finish(false); else decide();
            });
        }
        function describeProgress(timeline, options) {
            const verdict = (0, verify.MX)(timeline, {
                ...options,
                timedOut: false
            });
            const seen = verdict.observedPath.join(" -> ") || "no state yet";
            return `${verdict.matched.length} of ${(0, verify.x$)(options.path)} steps matched, seen ${seen}`;
        }
        async function checkCluster(config, hooks, within) {
            const cluster = (0, kubeconfig.u3)(config.kubeconfig, process.env, config.audience);
            const findings = await hooks.group(`Pre-flight checks against ${cluster.server}`, async () => {
                const result = await preflight(cluster, {
                    namespace: config.namespace,
                    within: within,
                    audience: config.audience
                });
                logPreflight(result, hooks);
                return result;
            });
            requireFeasible(config, findings);
            return {
                cluster: cluster,
                findings: findings
            };
        }
        function logPreflight(findings, hooks) {
            hooks.log(`Kubernetes ${findings.kubernetesVersion}, KubeVirt ${findings.kubevirtVersion ?? "version unknown"}`);
            hooks.log(`ImageVolume feature gate: ${String(findings.imageVolume.enabled)} (${findings.imageVolume.why})`);
            hooks.log(`Virtualization: ${findings.virtualization.why}`);
            findings.warnings.forEach(warning => hooks.warn(warning));
        }
        function requireFeasible(config, findings) {
            const needsPullStates = verify.uH.some(state => (0, verify.wR)(config.path).has(state));
            if (!needsPullStates) return;
            if (findings.imageVolume.enabled === true) throw new Error(`The expected path needs ${verify.uH.join("/")}, but KubeVirt's ImageVolume feature gate is on (${findings.imageVolume.why}): ` + `image pull errors then never show as ErrImagePull and the VM stays Starting. Disable the gate: ` + `kubectl -n kubevirt patch kubevirt kubevirt --type=merge -p '{"spec":{"configuration":{"developerConfiguration":{"disabledFeatureGates":["ImageVolume"]}}}}'`);
        }
        function logRun(number, of, verdict, hooks) {
            const seen = verdict.observedPath.join(" -> ") || "nothing";
            const cause = verdict.result === "passed" ? "" : ` (${failureCause(verdict)})`;
            hooks.log(`Run ${number} of ${of}: ${verdict.result}${cause}. Observed (${verdict.witness}): ${seen}`);
        }
        async function runAttempts(context, attempts) {
            const {config: config, observer: observer, hooks: hooks} = context;
            let requestsCounted = 0;
            for (let number = 1; number <= config.attempts; number++) {
                const attempt = await hooks.group(`Attempt ${number} of ${config.attempts}`, () => runAttempt(number, context));
                attempt.apiRequests = apiRequests(observer) - requestsCounted;
                requestsCounted += attempt.apiRequests;
                attempts.push(attempt);
                if (hooks.signal?.aborted) throw new src_outcome.cc;
                if (attempt.verdict.result === "passed") break;
                if (number < config.attempts) {
                    if (!(0, verify.HL)(attempt.verdict)) {
                        hooks.log(`Not retrying: ${whyNotRetrying(attempt.verdict, config)}`);
                        break;
                    }
                    hooks.log(`Attempt ${number} ${attempt.verdict.result}; this may be timing, so trying again on a fresh VM.`);
                }
            }
        }
        async function runRepeats(context, attempts) {
            const {config: config, hooks: hooks} = context;
            const runs = [];
            let next = 1;
            let stoppedBy;
            const worker = async () => {
                while (next <= config.repeat && stoppedBy === void 0) {
                    const number = next++;
                    try {
                        runs.push(await runAttempt(number, context));
                    } catch (error) {
                        stoppedBy ??= error instanceof Error ? error : new Error(String(error));
                    }
                    if (runs.length % REPEAT_PROGRESS_EVERY === 0 && stoppedBy === void 0) {
                        const failed = runs.filter(run => run.verdict.result !== "passed").length;
                        hooks.log(`… ${runs.length} of ${config.repeat} runs done, ${failed} not passed`);
                    }
                }
            };
            hooks.log(`Repeat mode: ${config.repeat} runs, ${Math.min(config.parallel, config.repeat)} at a time, one attempt each.`);
            await Promise.all(Array.from({
                length: Math.min(config.parallel, config.repeat)
            }, worker));
            attempts.push(...runs.sort((a, b) => a.number - b.number));
            if (stoppedBy !== void 0) throw stoppedBy;
        }
        async function requireRoomForRepeats(config, cluster, hooks) {
            const vm = vmOf(config, {
                name: config.vmName,
                namespace: "default",
                runId: "capacity"
            });
            const room = await roomFor(cluster, vm);
            if ("unknown" in room) {
                hooks.warn(`Repeat mode: ${room.unknown}, so whether ${config.parallel} VMs fit at once is unknown; VMs that cannot be scheduled count as infrastructure failures.`);
                return;
            }
            requireRoom(room, Math.min(config.parallel, config.repeat));
            hooks.log(`Room for ${room.fits} VMs at once (${formatBytes(room.perVmBytes)} each, ${formatBytes(room.allocatableBytes)} allocatable); running ${Math.min(config.parallel, config.repeat)}.`);
        }
        function whyNotRetrying(verdict, config) {
            if (verdict.result === "inconclusive" && !verdict.contradiction) return `the attempt timed out, and a fresh VM would wait for the same back-off; more time (${(0, 
            setting.y7)("timeout", config.audience)}) helps only if the path was still progressing (see the cause).`;
            return "a fresh VM would fail the same way (this failure does not depend on timing).";
        }
        function logVerdict(number, verdict, hooks) {
            hooks.log(`Attempt ${number}: ${verdict.result}. Observed (${verdict.witness}): ${verdict.observedPath.join(" -> ") || "nothing"}`);
            hooks.log(verdict.explanation);
            if (verdict.kubeletTiming) hooks.log(verdict.kubeletTiming.summary);
        }
    },
    23056: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            B6: () => formatThreshold,
            B7: () => parseThreshold,
            aV: () => DEFAULT_THRESHOLD
        });
        var _util_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26518);
        const DEFAULT_THRESHOLD = {
            percent: 25,
            floorMs: 100
        };
        function parseThreshold(text) {
            const threshold = {
                percent: 0,
                floorMs: 0
            };
            const parts = text.split(",").map(part => part.trim()).filter(Boolean);
            const fix = "use a percentage and/or a duration, such as 25%,100ms";
            if (parts.length === 0 || parts.length > 2) throw new Error(`'${text}': ${fix}.`);
            for (const part of parts) {
                const percent = /^\+?(\d+(?:\.\d+)?)%$/.exec(part);
                const duration = percent ? void 0 : (0, _util_duration_js__WEBPACK_IMPORTED_MODULE_0__.E9)(part.replace(/^\+/, ""));
                if (percent) threshold.percent = Number(percent[1]); else if (duration !== void 0) threshold.floorMs = duration; else throw new Error(`'${text}': '${part}' is neither a percentage nor a duration; ${fix}.`);
            }
            return threshold;
        }
        function formatThreshold(threshold) {
            return `+${threshold.percent}% and +${(0, _util_duration_js__WEBPACK_IMPORTED_MODULE_0__.a3)(threshold.floorMs)}`;
        }
    },
    10474: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            Z: () => abortable
        });
        var _client_node_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99690);
        function abortable(signal) {
            const middleware = {
                pre: context => {
                    context.setSignal(signal);
                    return new _client_node_js__WEBPACK_IMPORTED_MODULE_0__.cP(Promise.resolve(context));
                },
                post: context => new _client_node_js__WEBPACK_IMPORTED_MODULE_0__.cP(Promise.resolve(context))
            };
            return {
                middleware: [ middleware ],
                middlewareMergeStrategy: "append"
            };
        }
    },
    20666: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            Dy: () => RE2_LIMITS,
            GD: () => linearPattern,
            Kf: () => literalPattern
        });
        var re2js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2856);
        var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49997);
        const RE2_LIMITS = "The engine is RE2 (linear time): no backreferences (\\1) and no lookaround ((?=…), (?!…), (?<=…), (?<!…))";
        const MEMO_LIMIT = 1e3;
        function linearPattern(source) {
            const compiled = re2js__WEBPACK_IMPORTED_MODULE_1__.L3.compile(source);
            const known = new Map;
            return {
                source: source,
                test: text => {
                    let found = known.get(text);
                    if (found === void 0) {
                        found = compiled.matcher(text).find();
                        if (known.size < MEMO_LIMIT) known.set(text, found);
                    }
                    return found;
                }
            };
        }
        function literalPattern(texts) {
            return linearPattern(texts.map(_text_js__WEBPACK_IMPORTED_MODULE_0__.Nt).join("|"));
        }
    },
    13889: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            dk: () => DEFAULT_SETTLE_MS,
            eT: () => DEFAULT_UNSCHEDULABLE_GRACE_MS,
            uH: () => verify_states.uH,
            PL: () => classifyAttempts,
            x$: () => verify_path.x$,
            HL: () => mayBeTiming,
            wR: () => verify_path.wR,
            Bb: () => trackPath,
            MX: () => verify
        });
        function classifyAttempts(verdicts) {
            const passed = verdicts.filter(verdict => verdict.result === "passed").length;
            if (passed > 0) return passed === verdicts.length ? "passed" : "flaky";
            if (verdicts.some(verdict => verdict.result === "failed")) return "failed";
            return "inconclusive";
        }
        const TIMING = [ "missed-by-witness", "hidden-by-gap", "polled", "bound-exceeded" ];
        const SETUP = [ "forbidden-state", "lookalike-state", "unschedulable", "image-pulled", "invalid-image-name", "stuck-starting", "message-mismatch", "vm-not-ours" ];
        function mayBeTiming(verdict) {
            if (verdict.result === "passed" || verdict.contradiction) return false;
            const diagnosis = verdict.diagnosis ?? [];
            if (diagnosis.some(code => SETUP.includes(code))) return false;
            return diagnosis.some(code => TIMING.includes(code));
        }
        var verify_path = __webpack_require__(15250);
        var verify_states = __webpack_require__(8911);
        function witnessesOf(choice) {
            return choice === "any" ? [ "vm", "vmi", "pod" ] : [ choice ];
        }
        function stateEntries(timeline) {
            return timeline.entries.filter(entry => entry.kind === "state" && entry.state !== "").sort((a, b) => a.atMs - b.atMs);
        }
        function gatherEvidence(timeline, choice) {
            const witnesses = witnessesOf(choice);
            const evidence = {
                witnesses: witnesses,
                candidates: [],
                objects: new Map,
                events: new Map,
                entered: new Map
            };
            const last = new Map;
            const eventCounts = new Map;
            const add = (entry, byEventCount) => {
                const candidate = {
                    index: evidence.candidates.length,
                    entry: entry,
                    byEventCount: byEventCount
                };
                evidence.candidates.push(candidate);
                const index = byEventCount ? evidence.events : evidence.objects;
                index.set(entry.state, [ ...index.get(entry.state) ?? [], candidate.index ]);
                return candidate;
            };
            for (const entry of stateEntries(timeline)) {
                if (entry.witness === "event") {
                    const series = `${entry.object} ${entry.reason ?? ""} ${entry.state}`;
                    const count = entry.count ?? 1;
                    if (count > (eventCounts.get(series) ?? 0)) {
                        eventCounts.set(series, count);
                        if (count > 1) add(entry, true);
                    }
                    continue;
                }
                if (!witnesses.includes(entry.witness)) continue;
                const previous = last.get(entry.witness);
                if (previous?.entry.state === entry.state) continue;
                const candidate = add(entry, false);
                if (previous) previous.next = candidate.index;
                last.set(entry.witness, candidate);
                const key = `${entry.witness} ${entry.state}`;
                evidence.entered.set(key, [ ...evidence.entered.get(key) ?? [], candidate.index ]);
            }
            return evidence;
        }
        const FUTURE = -2;
        const NONE = -1;
        function search(code, evidence, future) {
            const {candidates: candidates} = evidence;
            const countedStates = [ ...evidence.events.keys() ];
            const occurrences = new Map;
            const failed = new Set;
            const path = [];
            const bounds = [];
            const anchors = [];
            const result = {
                partial: [],
                stuckAt: []
            };
            let deepest = -1;
            const laterOnly = code.map((_, pc) => onlyLater(code, pc));
            const failedFrom = new Map;
            const groupOf = index => index === FUTURE ? "future" : candidates[index].byEventCount ? "event" : candidates[index].entry.witness;
            const occurrenceKey = () => countedStates.map(state => occurrences.get(state) ?? 0).join() + (anchors.length > 0 ? ` ${anchors.map(anchor => anchor.from).join()}` : "");
            const timeOf = index => index >= 0 ? candidates[index].entry.atMs : index === FUTURE ? 1 / 0 : 0;
            const boundFailedFrom = new Map;
            const boundFailures = new Map;
            const failuresOf = mark => boundFailures.get(mark) ?? 0;
            const options = function*(step, prev, exhausted) {
                if (prev !== FUTURE) {
                    const before = prev >= 0 ? candidates[prev] : void 0;
                    for (const index of after(evidence.objects.get(step.name), prev)) {
                        const candidate = candidates[index];
                        if (exhausted.has(candidate.entry.witness)) {
                            if (evidence.witnesses.every(witness => exhausted.has(witness))) break;
                            continue;
                        }
                        if (step.join === "next" && before) {
                            if (before.next === index) yield index;
                            continue;
                        }
                        if (before && before.entry.witness !== candidate.entry.witness) {
                            const own = (witness, until) => upTo(evidence.entered.get(`${witness} ${before.entry.state}`), until);
                            const needed = before.byEventCount ? 1 : own(before.entry.witness, before.index);
                            if (own(candidate.entry.witness, index - 1) < needed) continue;
                        }
                        yield index;
                    }
                    const matchedBefore = occurrences.get(step.name) ?? 0;
                    if (step.join === "later" && matchedBefore > 0) for (const index of after(evidence.events.get(step.name), prev)) {
                        if (exhausted.has("event")) break;
                        if ((candidates[index].entry.count ?? 1) > matchedBefore) yield index;
                    }
                }
                if (!future || future.ruledOut.has(step.name)) return;
                const last = prev >= 0 ? candidates[prev] : void 0;
                if (step.join === "later" || prev === FUTURE || !last || !last.byEventCount && last.next === void 0) yield FUTURE;
            };
            const active = new Set;
            const run = (pc, prev) => {
                const key = `${pc} ${prev} ${occurrenceKey()}`;
                if (failed.has(key) || active.has(key)) return false;
                active.add(key);
                const matched = attempt(pc, prev);
                active.delete(key);
                if (!matched) failed.add(key);
                return matched;
            };
            const attempt = (pc, prev) => {
                const instruction = code[pc];
                switch (instruction.op) {
                  case "done":
                    result.complete = [ ...path ];
                    result.bounds = [ ...bounds ];
                    return true;

                  case "jump":
                    return run(instruction.target, prev);

                  case "split":
                    return instruction.targets.some(target => run(target, prev));

                  case "mark":
                    {
                        if (timeOf(prev) >= (boundFailedFrom.get(instruction.mark) ?? 1 / 0)) return false;
                        const failuresBefore = failuresOf(instruction.mark);
                        anchors.push({
                            mark: instruction.mark,
                            from: prev
                        });
                        const matched = run(pc + 1, prev);
                        anchors.pop();
                        if (!matched && failuresOf(instruction.mark) > failuresBefore && prev !== FUTURE) boundFailedFrom.set(instruction.mark, Math.min(timeOf(prev), boundFailedFrom.get(instruction.mark) ?? 1 / 0));
                        return matched;
                    }

                  case "check":
                    {
                        const at = anchors.findLastIndex(anchor => anchor.mark === instruction.mark);
                        const anchor = anchors[at];
                        const {ok: ok, elapsedMs: elapsedMs} = checkBound(instruction, anchor.from, prev);
                        const bound = {
                            pc: pc,
                            from: anchor.from,
                            to: prev,
                            elapsedMs: elapsedMs
                        };
                        if (!ok) {
                            boundFailures.set(instruction.mark, failuresOf(instruction.mark) + 1);
                            if (!result.violation || path.length >= result.violation.depth) result.violation = {
                                ...bound,
                                depth: path.length,
                                steps: [ ...path ]
                            };
                            return false;
                        }
                        anchors.splice(at, 1);
                        bounds.push(bound);
                        const matched = run(pc + 1, prev);
                        bounds.pop();
                        anchors.splice(at, 0, anchor);
                        return matched;
                    }

                  case "step":
                    {
                        const from = instruction.join === "later" && prev >= 0 ? `${pc} ${groupOf(prev)} ${candidates[prev].entry.state} ${occurrenceKey()}` : void 0;
                        if (from !== void 0 && prev >= (failedFrom.get(from) ?? 1 / 0)) return false;
                        const exhausted = new Set;
                        for (const candidate of options(instruction, prev, exhausted)) {
                            path.push({
                                pc: pc,
                                candidate: candidate
                            });
                            const count = occurrences.get(instruction.name) ?? 0;
                            occurrences.set(instruction.name, count + 1);
                            if (run(pc + 1, candidate)) return true;
                            occurrences.set(instruction.name, count);
                            path.pop();
                            if (laterOnly[pc + 1]) exhausted.add(groupOf(candidate));
                        }
                        if (from !== void 0) failedFrom.set(from, Math.min(prev, failedFrom.get(from) ?? 1 / 0));
                        noteStuck(pc);
                        return false;
                    }
                }
            };
            const noteStuck = pc => {
                if (path.length > deepest) {
                    deepest = path.length;
                    result.partial = [ ...path ];
                    result.stuckAt = [ pc ];
                } else if (path.length === deepest && !result.stuckAt.includes(pc) && path.every((step, i) => step.candidate === result.partial[i]?.candidate)) result.stuckAt.push(pc);
            };
            const checkBound = (bound, from, to) => {
                if (to === FUTURE) {
                    if (from === FUTURE || bound.withinMs === void 0) return {
                        ok: true
                    };
                    return {
                        ok: (future?.nowMs ?? -1 / 0) <= timeOf(from) + bound.withinMs
                    };
                }
                const elapsedMs = timeOf(to) - timeOf(from);
                const ok = (bound.withinMs === void 0 || elapsedMs <= bound.withinMs) && (bound.afterMs === void 0 || elapsedMs >= bound.afterMs);
                return {
                    ok: ok,
                    elapsedMs: elapsedMs
                };
            };
            run(0, NONE);
            return result;
        }
        function onlyLater(code, start) {
            const seen = new Set;
            const visit = pc => {
                if (seen.has(pc)) return true;
                seen.add(pc);
                const instruction = code[pc];
                switch (instruction.op) {
                  case "done":
                    return true;

                  case "step":
                    return instruction.join === "later";

                  case "mark":
                  case "check":
                    return false;

                  case "jump":
                    return visit(instruction.target);

                  case "split":
                    return instruction.targets.every(visit);
                }
            };
            return visit(start);
        }
        function after(list, prev) {
            return list ? list.slice(upTo(list, prev)) : [];
        }
        function upTo(list, index) {
            if (!list) return 0;
            let low = 0;
            let high = list.length;
            while (low < high) {
                const middle = low + high >> 1;
                if (list[middle] <= index) low = middle + 1; else high = middle;
            }
            return low;
        }
        const REFERENCE_POLLERS = [ {
            intervalMs: 50,
            who: "chainsaw's assert"
        }, {
            intervalMs: 1e3,
            who: "KubeVirt's old test_id:6869 (Gomega Eventually)"
        }, {
            intervalMs: 5e3,
            who: "e2e-framework's wait default"
        } ];
        function missProbability(dwellMs, intervalMs) {
            if (!(intervalMs > 0)) return 0;
            return Math.max(0, 1 - Math.max(0, dwellMs) / intervalMs);
        }
        function anyMissed(probabilities) {
            return 1 - probabilities.reduce((seen, p) => seen * (1 - p), 1);
        }
        function stepDwells(timeline, matched) {
            const byWitness = new Map;
            for (const entry of stateEntries(timeline)) byWitness.set(entry.witness, [ ...byWitness.get(entry.witness) ?? [], entry ]);
            return matched.map(step => {
                const base = {
                    step: step.step,
                    state: step.state,
                    witness: step.witness
                };
                if (step.byEventCount) return base;
                const entries = byWitness.get(step.witness) ?? [];
                const start = entries.findIndex(entry => entry.atMs === step.atMs && entry.state === step.state && (step.resourceVersion === void 0 || entry.resourceVersion === step.resourceVersion));
                if (start < 0) return base;
                const next = entries.slice(start + 1).find(entry => entry.state !== step.state);
                if (!next) return {
                    ...base,
                    dwellMs: timeline.endedAtMs - step.atMs,
                    ongoing: true
                };
                return {
                    ...base,
                    dwellMs: next.atMs - step.atMs
                };
            });
        }
        function pollingMiss(timeline, matched, more = []) {
            const dwells = stepDwells(timeline, matched);
            const pollers = [ ...REFERENCE_POLLERS, ...more ].filter((poller, index, all) => all.findIndex(p => p.intervalMs === poller.intervalMs) === index).sort((a, b) => a.intervalMs - b.intervalMs);
            return {
                dwells: dwells,
                pollers: pollers.map(poller => {
                    const steps = dwells.map(dwell => dwell.dwellMs === void 0 || dwell.ongoing ? void 0 : missProbability(dwell.dwellMs, poller.intervalMs));
                    const known = steps.filter(p => p !== void 0);
                    return {
                        ...poller,
                        steps: steps,
                        path: anyMissed(known)
                    };
                })
            };
        }
        var types = __webpack_require__(26729);
        var episodes = __webpack_require__(44692);
        var duration = __webpack_require__(26518);
        var setting = __webpack_require__(21832);
        var util_text = __webpack_require__(49997);
        const NOT_OURS = {
            deleted: "Deleted",
            replaced: "Replaced"
        };
        function lostVm(timeline) {
            let ownUid;
            for (const entry of timeline.entries) {
                if (entry.kind !== "state" || entry.witness !== "vm" || entry.object !== timeline.vm) continue;
                if (entry.state === NOT_OURS.deleted) return {
                    atMs: entry.atMs,
                    state: NOT_OURS.deleted,
                    ownUid: ownUid
                };
                ownUid ??= entry.uid;
                if (entry.uid !== void 0 && entry.uid !== ownUid) return {
                    atMs: entry.atMs,
                    state: NOT_OURS.replaced,
                    uid: entry.uid,
                    ownUid: ownUid
                };
            }
            return;
        }
        const SUBJECT = {
            vm: "The VM's printableStatus",
            vmi: "The VMI's Synchronized condition and phase",
            pod: "The virt-launcher pod's container states",
            any: "The VM, VMI and virt-launcher pod together"
        };
        const NOUN = {
            vm: "the VM",
            vmi: "the VMI",
            pod: "the pod",
            event: "Events"
        };
        const GAP_CAUSE = {
            expired: "its resourceVersion expired (410) and it relisted",
            disconnected: "the connection was refused or broke",
            timeout: "the API server did not answer in time",
            forbidden: "RBAC forbade it",
            throttled: "the API server throttled it (429)",
            "server-error": "the API server answered with errors (5xx)",
            malformed: "a line of the stream was lost or unusable",
            silent: "the watch was answered but stayed silent while the API server had changes (a proxy that buffers or drops the stream, not virt-controller)",
            unexpected: "an unexpected answer or an internal error stopped it"
        };
        function knownCause(cause, audience = "action") {
            switch (cause) {
              case "unschedulable":
                {
                    const input = (0, setting.Pe)("emulation", audience, "true");
                    return `ErrorUnschedulable: the virt-launcher pod cannot be scheduled, typically because no node offers devices.kubevirt.io/kvm (no /dev/kvm) and KubeVirt's useEmulation is off, so the image is never pulled. Set spec.configuration.developerConfiguration.useEmulation: true on the KubeVirt CR${input ? ` (${input})` : ""}, or run where /dev/kvm exists.`;
                }

              case "image-pulled":
                return "Running: the containerDisk image exists or could be pulled, so no pull error can follow. Use an image that cannot be pulled: a well-formed reference that does not exist, such as one under registry.invalid.";

              case "invalid-image-name":
                return "InvalidImageName on the pod: the kubelet cannot parse the image reference and never pulls it; KubeVirt up to 1.9 does not mirror this into the VM, which stays Starting. Use a syntactically valid reference that does not exist.";

              case "stuck-starting":
                return `Starting with no image pull error from any witness: KubeVirt >= 1.9 enables the ImageVolume feature gate by default, and with it a containerDisk pull error never shows as ErrImagePull. Disable the gate with spec.configuration.developerConfiguration.disabledFeatureGates: [ImageVolume]${(0, 
                setting.Pe)("setup", audience) ? " (setup: kind does)" : ""}, or use KubeVirt 1.8. An invalid image reference (InvalidImageName on the pod) also keeps the VM Starting.`;
            }
        }
        function backOffAdvice(timeline, expected, audience, timeoutMs) {
            const pulls = (0, episodes.Q)(timeline);
            const intervals = pulls.flatMap((atMs, i) => {
                const previous = pulls[i - 1];
                return atMs !== void 0 && previous !== void 0 ? [ atMs - previous ] : [];
            });
            const observed = intervals.length > 0 ? ` Here the failed pulls came ${intervals.map(ms => (0, 
            duration.a3)(ms)).join(", ")} apart.` : "";
            const timeout = (0, setting.y7)("timeout", audience);
            if (expected.every(state => !verify_states.uH.includes(state))) return `While its image cannot be pulled, the kubelet only retries the pull, so the VM goes on between ErrImagePull and ImagePullBackOff: ${orList(expected)} cannot come that way, however long the check waits (it waited ${(0, 
            duration.a3)(timeoutMs)}).${observed} Check the expected path; raising ${timeout} will not help.`;
            return `The kubelet's image back-off doubles with every failed pull (on a real node 10s, 20s, 40s, ... up to 5m; the upstream test allows 660s for two rounds), so each round takes longer than the last. On a real node the default path ends 20-37s after the first pull when the launcher pod has KubeVirt's guest-console-log sidecar, 50-80s without it (docs/kubelet-timing.md), plus the VM's start.${observed} Raise ${timeout} above ${(0, 
            duration.a3)(timeoutMs)} if the path was still progressing.`;
        }
        function explain(input) {
            const {compiled: compiled, timeline: timeline, analysis: analysis} = input;
            const {options: options} = compiled;
            const caveats = caveatsOf(compiled, timeline, analysis);
            const mismatch = analysis.stuckAt.length > 0 ? mismatchOf(compiled.code, analysis) : void 0;
            const summary = analysis.result === "passed" ? compiled.hasSteps ? passedSummary(compiled, analysis) + boundsUsed(analysis) : neverSummary(compiled, analysis) : analysis.forbidden ? forbiddenSummary(analysis.forbidden, compiled) : analysis.boundFailure && analysis.result === "failed" ? `The path failed its bound: ${boundSummary(analysis, analysis.boundFailure)}` : analysis.contradiction ? contradictionSummary(analysis, mismatch) : !mismatch ? messageSummary(compiled, analysis) : openSummary(analysis, mismatch, input.timedOut) + (analysis.boundFailure ? ` It was held up by a bound: ${boundSummary(analysis, analysis.boundFailure)}` : "");
            const {causes: causes, diagnosis: diagnosis} = analysis.result === "passed" ? {
                causes: [],
                diagnosis: []
            } : diagnose(compiled, timeline, analysis, mismatch, input.timedOut);
            return {
                explanation: [ summary, ...caveats ].join(" "),
                causes: causes,
                caveats: caveats,
                diagnosis: diagnosis,
                ...mismatch && {
                    mismatch: mismatch
                }
            };
            function passedSummary(compiled, analysis) {
                const steps = analysis.matched.map(step => describeStep(step, options.witness)).join(", ");
                const message = analysis.message.matched ? ` The image pull error message matches /${analysis.message.pattern}/: '${analysis.message.matched.text}' (${NOUN[analysis.message.matched.witness]}).` : "";
                return `${SUBJECT[options.witness]} went through ${options.expectedPath} as expected: ${steps}.${compiled.expectsPullErrors ? message : ""}`;
            }
            function messageSummary(compiled, analysis) {
                const seen = analysis.message.seen.map(text => `'${text}'`).join(", ");
                return `${SUBJECT[options.witness]} went through ${options.expectedPath}, but no image pull error message matches /${analysis.message.pattern}/; messages seen: ${seen}.${compiled.expectsPullErrors ? " The pull that failed may be of another image than the one under test." : ""}`;
            }
        }
        function neverSummary(compiled, analysis) {
            const states = orList([ ...compiled.forbidden.keys() ]);
            return `No witness showed ${states} in the ${(0, duration.a3)(analysis.nowMs)} the attempt lasted, as ${compiled.options.expectedPath} asks.`;
        }
        function forbiddenSummary(forbidden, compiled) {
            const how = [ forbidden.seenBy, forbidden.resourceVersion !== void 0 && `resourceVersion ${forbidden.resourceVersion}` ].filter(Boolean);
            const message = forbidden.message ? `: '${forbidden.message}'` : "";
            const decided = forbidden.witness === "event" ? "An Event" : capitalize(NOUN[forbidden.witness]);
            return `${decided} showed ${forbidden.state} at ${(0, duration.xS)(forbidden.atMs)} (${how.join(", ")})${message}, which ${compiled.options.expectedPath} forbids (never ${forbidden.state}).`;
        }
        function boundSummary(analysis, bound) {
            const from = bound.fromState !== void 0 ? `${bound.fromState} at ${(0, duration.xS)(bound.fromMs)}` : "the VM's creation";
            const what = `${bound.expected ?? "the step"} ${bound.bound} of ${from}`;
            const clock = "Bounds are measured on the observer's clock.";
            if (bound.result === "not-yet") {
                const deadline = bound.fromMs + (bound.withinMs ?? 0);
                const after = analysis.evidence.candidates.filter(candidate => !candidate.byEventCount && candidate.entry.atMs > bound.fromMs && candidate.entry.atMs <= deadline).map(candidate => candidate.entry.state).filter((state, i, all) => all[i - 1] !== state);
                const seen = after.length > 0 ? `seen instead: ${after.join(" -> ")}` : "nothing else was seen";
                return `${what} did not happen; the bound passed at ${(0, duration.xS)(deadline)} (${seen}). ${clock}`;
            }
            const came = bound.toState !== void 0 && bound.toMs !== void 0 ? `${bound.toState} came at ${(0, 
            duration.xS)(bound.toMs)}` : "it came";
            const by = `${(0, duration.a3)(bound.elapsedMs ?? 0)} after its start`;
            return `${what} did not hold; ${came}, ${by}, ${bound.result === "too-late" ? "too late" : "too early"}. ${clock}`;
        }
        function boundsUsed(analysis) {
            const used = (analysis.bounds ?? []).map(bound => {
                const elapsed = (0, duration.a3)(bound.elapsedMs ?? 0);
                const share = bound.withinMs !== void 0 ? ` (${Math.round(100 * (bound.elapsedMs ?? 0) / bound.withinMs)}%)` : "";
                return `${bound.bound}: ${elapsed}${share}`;
            });
            return used.length > 0 ? ` Bounds met on the observer's clock: ${used.join("; ")}.` : "";
        }
        function describeStep(step, choice) {
            if (step.byEventCount) return `${step.state} at ${(0, duration.xS)(step.atMs)} (Event count x${step.count ?? 1})`;
            const how = [];
            if (choice === "any") how.push(NOUN[step.witness].replace(/^the /, ""));
            if (step.seenBy === "poll") how.push("polled");
            if (step.seenBy === "list") how.push("listed");
            return `${step.state} at ${(0, duration.xS)(step.atMs)}${how.length > 0 ? ` (${how.join(", ")})` : ""}`;
        }
        function mismatchOf(code, analysis) {
            const names = [];
            let column;
            for (const pc of analysis.stuckAt) {
                const instruction = code[pc];
                if (instruction?.op !== "step") continue;
                if (!names.includes(instruction.name)) names.push(instruction.name);
                column ??= instruction.column;
            }
            const last = analysis.matched.at(-1);
            const seenInstead = [];
            for (const {entry: entry, byEventCount: byEventCount} of analysis.evidence.candidates) {
                if (byEventCount || last && entry.atMs <= last.atMs) continue;
                if (seenInstead.at(-1) !== entry.state) seenInstead.push(entry.state);
            }
            return {
                step: analysis.matched.length,
                expected: names.join(" | "),
                seenInstead: seenInstead,
                ...column !== void 0 && {
                    column: column
                }
            };
        }
        function progressOf(analysis, mismatch) {
            const last = analysis.matched.at(-1);
            const wanted = `step ${mismatch.step + 1} (${mismatch.expected})`;
            return last ? `${wanted} after ${last.state} at ${(0, duration.xS)(last.atMs)}` : wanted;
        }
        function contradictionSummary(analysis, mismatch) {
            const contradiction = analysis.contradiction;
            const still = mismatch ? `${progressOf(analysis, mismatch)} was still expected, but ` : "";
            const instead = mismatch && mismatch.seenInstead.length > 0 ? ` Seen instead: ${mismatch.seenInstead.join(" -> ")}.` : "";
            return `The path can no longer complete: ${still}${NOUN[contradiction.witness]} reached ${contradiction.state} at ${(0, 
            duration.xS)(contradiction.atMs)}, after which ${orList(contradiction.rulesOut)} cannot come.${instead}`;
        }
        function openSummary(analysis, mismatch, timedOut) {
            const ended = timedOut ? `Timed out after ${(0, duration.a3)(analysis.nowMs)}` : `Observation ended after ${(0, 
            duration.a3)(analysis.nowMs)}`;
            const sofar = analysis.matched.length > 0 ? ` Matched so far: ${analysis.matched.map(step => `${step.state} at ${(0, 
            duration.xS)(step.atMs)}`).join(", ")}.` : "";
            const instead = mismatch.seenInstead.length > 0 ? ` Reported ${analysis.matched.length > 0 ? "after that" : "instead"}: ${mismatch.seenInstead.join(" -> ")}.` : " Nothing was reported after that.";
            return `${ended} waiting for ${progressOf(analysis, mismatch)}.${sofar}${instead}`;
        }
        function diagnose(compiled, timeline, analysis, mismatch, timedOut) {
            const {options: options} = compiled;
            const audience = options.audience ?? "action";
            const causes = [];
            const diagnosis = [];
            const add = (code, text) => {
                if (!diagnosis.includes(code)) diagnosis.push(code);
                if (!causes.includes(text)) causes.push(text);
            };
            const entries = stateEntries(timeline);
            const objects = entries.filter(entry => entry.witness !== "event");
            const saw = (state, witnesses = [ "vm", "vmi", "pod" ]) => objects.some(entry => entry.state === state && witnesses.includes(entry.witness));
            const lastVmState = objects.filter(entry => entry.witness === "vm").at(-1)?.state;
            const contradiction = analysis.contradiction?.state;
            const lost = lostVm(timeline);
            if (lost && analysis.contradiction?.atMs === lost.atMs) add("vm-not-ours", notOurs(timeline.vm, lost));
            if (analysis.forbidden) {
                add("forbidden-state", `${analysis.forbidden.state} is forbidden by the path (never ${analysis.forbidden.state}): the behaviour under test went wrong, so no other attempt is made.`);
                return {
                    causes: causes,
                    diagnosis: diagnosis
                };
            }
            if (analysis.boundFailure) {
                add("bound-exceeded", `A step missed its time bound (${analysis.boundFailure.bound}): timing, like the flake this check guards against, so another attempt on a fresh VM may pass (${(0, 
                setting.y7)("attempts", audience)}); a bound that fails on every attempt is too tight for this cluster.`);
                return {
                    causes: causes,
                    diagnosis: diagnosis
                };
            }
            if (!mismatch && analysis.message.result === "mismatched") add("message-mismatch", `None of the image pull error messages matches expected-message /${analysis.message.pattern}/: check ${(0, 
            setting.y7)("image", audience)}, or whether another image (the virt-launcher's) failed to pull.`);
            if (contradiction === "ErrorUnschedulable" || lastVmState === "ErrorUnschedulable") add("unschedulable", knownCause("unschedulable", audience));
            if (saw("InvalidImageName", [ "pod" ])) add("invalid-image-name", knownCause("invalid-image-name", audience));
            if (compiled.expectsPullErrors && (contradiction === "Running" || saw("Running"))) add("image-pulled", knownCause("image-pulled", audience));
            const pullErrorSeen = entries.some(entry => verify_states.uH.includes(entry.state));
            const stuckStarting = !pullErrorSeen && !diagnosis.includes("invalid-image-name") && !diagnosis.includes("unschedulable") && !diagnosis.includes("image-pulled") && (lastVmState === "Starting" || objects.filter(entry => entry.witness === options.witness).at(-1)?.state === "Starting");
            if (stuckStarting) add("stuck-starting", knownCause("stuck-starting", audience));
            if (!mismatch) return {
                causes: causes,
                diagnosis: diagnosis
            };
            const last = analysis.matched.at(-1);
            const sinceMs = last?.atMs ?? -1 / 0;
            const chosen = analysis.evidence.witnesses;
            const expected = mismatch.expected.split(" | ");
            const silenced = timeline.entries.some(entry => entry.kind === "gap" && entry.cause === "silent" && entry.untilMs > sinceMs && chosen.some(w => types.b[w] === entry.resource));
            const lookalike = entries.find(entry => entry.atMs > sinceMs && expected.some(state => entry.state !== state && (0, 
            util_text.OT)(entry.state) === state));
            if (lookalike) {
                const looksLike = (0, util_text.OT)(lookalike.state);
                add("lookalike-state", `${capitalize(NOUN[lookalike.witness])} reported ${(0, util_text.jQ)(lookalike.state)} at ${(0, 
                duration.xS)(lookalike.atMs)}: it looks like ${looksLike} but holds invisible characters, so it is another state name and the path cannot match it. Whatever wrote it (the API server, a proxy, a webhook) changed the name; quote the exact name in ${(0, 
                setting.y7)("expected-path", audience)} if it is meant.`);
                return {
                    causes: causes,
                    diagnosis: diagnosis
                };
            }
            for (const state of silenced ? [] : expected) {
                const others = entries.filter(entry => entry.state === state && entry.atMs > sinceMs && !chosen.includes(entry.witness));
                const chosenNever = !analysis.evidence.objects.has(state);
                const shortLived = state === "ErrImagePull" && chosenNever && analysis.evidence.objects.has("ImagePullBackOff");
                if (others.length === 0 && !shortLived) continue;
                const where = last ? ` after ${last.state} at ${(0, duration.xS)(last.atMs)}` : "";
                const witnessed = others.length > 0 ? `; ${others.slice(0, 3).map(describeOther).join(" and ")}` : "; no other witness saw it either (are the pod and its Events observed?)";
                const subject = options.witness === "any" ? "the VM, VMI and pod" : NOUN[options.witness];
                const whole = shortLived ? `${capitalize(subject)} reported ImagePullBackOff but never ErrImagePull${witnessed}` : `${capitalize(subject)} never reported ${state}${where}${witnessed}`;
                add("missed-by-witness", `${whole}. ${state} lasts only until the kubelet's next sync (0.02-1.1 s when the launcher pod has KubeVirt's guest-console-log sidecar and readiness gate, 10-16 s without), and virt-controller can coalesce it away: check the kubelet's own states with ${(0, 
                setting.y7)("witness", audience, "pod")} or ${(0, setting.y7)("witness", audience, "any")}.`);
            }
            const windowEnd = analysis.nowMs;
            for (const entry of timeline.entries) {
                if (entry.kind === "state") continue;
                const witness = chosen.find(w => types.b[w] === entry.resource);
                const untilMs = entry.untilMs ?? windowEnd;
                if (!witness || untilMs <= sinceMs || entry.atMs > windowEnd) continue;
                const span = `from ${(0, duration.xS)(entry.atMs)} to ${(0, duration.xS)(untilMs)}`;
                const missing = mismatch.expected;
                if (entry.kind === "gap") {
                    const changed = entry.changed?.length ? `; the relist found: ${entry.changed.join(", ")}` : "";
                    add("hidden-by-gap", `The watch on ${NOUN[witness]} had a gap ${span}: ${GAP_CAUSE[entry.cause]} (${entry.cause}: ${entry.detail}${changed}); a short ${missing} could have come and gone inside it.`);
                } else add("polled", `${capitalize(NOUN[witness])} was only polled, every ${(0, 
                duration.a3)(entry.intervalMs)}, ${span} (${entry.reason}); a ${missing} shorter than that can be missed.`);
            }
            if (timedOut && !analysis.contradiction && pullErrorSeen && !stuckStarting && !diagnosis.some(code => [ "missed-by-witness", "hidden-by-gap", "polled" ].includes(code))) add("slow-back-off", backOffAdvice(timeline, expected, audience, analysis.nowMs));
            return {
                causes: causes,
                diagnosis: diagnosis
            };
        }
        function notOurs(vm, lost) {
            const own = lost.ownUid ? ` (uid ${lost.ownUid})` : "";
            const what = lost.state === NOT_OURS.replaced ? `The VM ${vm}${own} was replaced at ${(0, 
            duration.xS)(lost.atMs)}: the object under its name now has uid ${lost.uid ?? "?"}, so someone else deleted it and created another` : `The VM ${vm}${own} was deleted at ${(0, 
            duration.xS)(lost.atMs)}, and not by this check (it deletes its VMs only after the attempt)`;
            return `${what}. A VM created again under the same name is someone else's and does not count: its states are left out. Find who deleted it (the API server's audit log, or a controller that cleans up the namespace) and run the check where nothing else deletes its VMs.`;
        }
        function describeOther(entry) {
            if (entry.witness === "event") {
                const what = [ entry.reason, entry.message && `"${entry.message}"` ].filter(Boolean).join(" ");
                return `the Event ${what} reached x${entry.count ?? 1} at ${(0, duration.xS)(entry.atMs)}`;
            }
            return `${NOUN[entry.witness]} saw it at ${(0, duration.xS)(entry.atMs)}`;
        }
        function caveatsOf(compiled, timeline, analysis) {
            const caveats = [];
            const {witness: witness} = compiled.options;
            const stretches = timeline.entries.filter(entry => entry.kind !== "state");
            const steps = matched => {
                const names = matched.map(({step: step, i: i}) => `${i + 1} (${step.state} at ${(0, 
                duration.xS)(step.atMs)})`);
                return matched.length === 1 ? `Step ${names[0]} is` : `Steps ${andList(names)} are`;
            };
            const numbered = analysis.matched.map((step, i) => ({
                step: step,
                i: i
            }));
            const counted = numbered.filter(({step: step}) => step.byEventCount);
            const them = counted.length === 1 ? "it" : "them";
            const silentWatch = stretches.some(entry => entry.kind === "gap" && entry.cause === "silent");
            if (counted.length > 0) caveats.push(`${steps(counted)} proven only by Event counts (${counted.map(({step: step}) => `x${step.count ?? 1}`).join(", ")}), not by ${witness === "any" ? "an object witness" : NOUN[witness]}, which had not shown ${them} when the check decided at ${(0, 
            duration.xS)(analysis.nowMs)}: ${silentWatch ? `a watch that stayed silent (the transport, not virt-controller) hid ${them}, or` : `virt-controller may have coalesced ${them}, a watch gap hidden ${them}, or`} ${witness === "any" ? "the objects" : NOUN[witness]} not caught up yet. A count tells how often the kubelet entered a state, not exactly when.`);
            const polled = numbered.filter(({step: step}) => !step.byEventCount && step.seenBy === "poll");
            if (polled.length > 0) caveats.push(`${steps(polled)} seen only by polling, not by a watch: a poll proves a state was there, not that nothing came between two polls.`);
            analysis.matched.forEach((step, i) => {
                const previous = analysis.matched[i - 1];
                if (step.join !== "next" || !previous) return;
                const blind = stretches.find(entry => entry.resource === types.b[step.witness] && entry.atMs < step.atMs && (entry.untilMs ?? 1 / 0) > previous.atMs);
                if (blind) caveats.push(`Steps ${i} => ${i + 1}: ${NOUN[step.witness]} was ${blind.kind === "gap" ? "not watched (a watch gap)" : "only polled"} from ${(0, 
                duration.xS)(blind.atMs)}${blind.untilMs !== void 0 ? ` to ${(0, duration.xS)(blind.untilMs)}` : ""}, so "immediately next" cannot be guaranteed there.`);
            });
            if (analysis.result === "passed" && compiled.expectsPullErrors && analysis.message.result === "unseen") caveats.push("No image pull error message was observed (the VMI condition, the pod and Events carry it), so expected-message was not checked.");
            return caveats;
        }
        function orList(items) {
            if (items.length <= 1) return items.join("");
            return `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
        }
        function andList(items) {
            if (items.length <= 1) return items.join("");
            return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
        }
        function capitalize(text) {
            return text.charAt(0).toUpperCase() + text.slice(1);
        }
        const ONE_SECOND = 1e3;
        function kubeletTiming(timeline, estimate) {
            const launcher = timeline.launcher;
            if (!launcher) return;
            const regime = resyncsOnStatusWrite(launcher) ? "resync-on-status-write" : "requeue";
            const errImagePullMs = (estimate?.dwells ?? []).flatMap(dwell => dwell.state === "ErrImagePull" && dwell.dwellMs !== void 0 && !dwell.ongoing ? [ dwell.dwellMs ] : []);
            const poller = estimate?.pollers.find(p => p.intervalMs === ONE_SECOND);
            return {
                regime: regime,
                errImagePullMs: errImagePullMs,
                ...poller && {
                    oneSecondPollingMiss: poller.path
                },
                summary: summary(launcher, regime, errImagePullMs, poller?.path)
            };
        }
        function resyncsOnStatusWrite(launcher) {
            return launcher.readinessGates.length > 0 && launcher.sidecars.length > 0;
        }
        function summary(launcher, regime, errImagePullMs, oneSecondMiss) {
            const lasted = errImagePullMs.length > 0 ? ` (here ${errImagePullMs.map(seconds).join(", ")})` : "";
            const why = regime === "resync-on-status-write" ? `the launcher pod has the readiness gate ${launcher.readinessGates.join(", ")} and the native sidecar ${launcher.sidecars.join(", ")}, so the kubelet syncs it again after each status write and ErrImagePull lasts about a second${lasted}` : `the launcher pod has ${launcher.readinessGates.length === 0 ? "no readiness gate" : "no native sidecar (the serial console log is off, or KubeVirt is older than v1.6)"}, so ErrImagePull lasts until the kubelet's next requeue, 10-16 s${lasted}`;
            const polling = oneSecondMiss === void 0 ? "" : `; polling every 1 s would have missed this path ${Math.round(oneSecondMiss * 100)} % of the time`;
            return `Kubelet timing: ${why}${polling}.`;
        }
        function seconds(ms) {
            return ms < 100 ? `${Math.round(ms)} ms` : `${(ms / 1e3).toFixed(ms < 1e4 ? 2 : 1)} s`;
        }
        function compilePath(path) {
            const code = [];
            const emit = instruction => code.push(instruction) - 1;
            const split = () => {
                const instruction = {
                    op: "split",
                    targets: []
                };
                emit(instruction);
                return instruction;
            };
            let marks = 0;
            const compile = (node, join) => {
                switch (node.type) {
                  case "expression":
                    if (node.path) compile(node.path, join);
                    return;

                  case "bounded":
                    {
                        const mark = marks++;
                        emit({
                            op: "mark",
                            mark: mark
                        });
                        compile(node.node, join);
                        emit({
                            op: "check",
                            mark: mark,
                            column: node.column,
                            what: (0, verify_path.jV)(node.node),
                            ...node.withinMs !== void 0 && {
                                withinMs: node.withinMs
                            },
                            ...node.afterMs !== void 0 && {
                                afterMs: node.afterMs
                            }
                        });
                        return;
                    }

                  case "state":
                    emit({
                        op: "step",
                        name: node.name,
                        join: join,
                        column: node.column
                    });
                    return;

                  case "sequence":
                    node.steps.forEach((step, i) => compile(step, i === 0 ? join : node.joins[i - 1]));
                    return;

                  case "choice":
                    {
                        const branch = split();
                        const exits = [];
                        for (const option of node.options) {
                            branch.targets.push(code.length);
                            compile(option, join);
                            const exit = {
                                op: "jump",
                                target: -1
                            };
                            emit(exit);
                            exits.push(exit);
                        }
                        for (const exit of exits) exit.target = code.length;
                        return;
                    }

                  case "repeat":
                    {
                        const round = i => compile(node.node, i === 0 ? join : "later");
                        for (let i = 0; i < node.min; i++) round(i);
                        if (node.max === 1 / 0) {
                            const skipAll = node.min === 0 ? split() : void 0;
                            if (skipAll) {
                                skipAll.targets.push(code.length);
                                round(0);
                            }
                            const loop = code.length;
                            const branch = split();
                            branch.targets.push(code.length);
                            round(Math.max(node.min, 1));
                            emit({
                                op: "jump",
                                target: loop
                            });
                            branch.targets.push(code.length);
                            skipAll?.targets.push(code.length);
                            return;
                        }
                        const skips = [];
                        for (let i = node.min; i < node.max; i++) {
                            const branch = split();
                            branch.targets.push(code.length);
                            skips.push(branch);
                            round(i);
                        }
                        for (const branch of skips) branch.targets.push(code.length);
                        return;
                    }
                }
            };
            compile(path, "later");
            emit({
                op: "done"
            });
            return code;
        }
        const DEFAULT_SETTLE_MS = 2e3;
        const DEFAULT_UNSCHEDULABLE_GRACE_MS = 3e4;
        function trackPath(options) {
            const compiled = compile(options);
            const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
            return {
                decide(timeline, nowMs) {
                    const now = nowMs ?? lastMoment(timeline);
                    const {result: result, matched: matched} = analyze(compiled, timeline, now, false);
                    if (result === "passed" && matched.some(step => step.byEventCount && step.atMs > now - settleMs)) return;
                    return result === "inconclusive" ? void 0 : result;
                }
            };
        }
        function verify(timeline, options) {
            const compiled = compile(options);
            const analysis = analyze(compiled, timeline, lastMoment(timeline), options.timedOut);
            const words = explain({
                compiled: compiled,
                timeline: timeline,
                analysis: analysis,
                timedOut: options.timedOut
            });
            return {
                result: analysis.result,
                expectedPath: options.expectedPath,
                witness: options.witness,
                observedPath: observedPath(analysis.evidence),
                matched: analysis.matched,
                ...words.mismatch && {
                    mismatch: words.mismatch
                },
                message: analysis.message,
                explanation: words.explanation,
                causes: words.causes,
                caveats: words.caveats,
                diagnosis: words.diagnosis,
                ...analysis.contradiction && {
                    contradiction: analysis.contradiction
                },
                ...analysis.bounds && analysis.bounds.length > 0 && {
                    bounds: analysis.bounds
                },
                ...analysis.boundFailure && {
                    boundFailure: analysis.boundFailure
                },
                ...analysis.forbidden && {
                    forbidden: analysis.forbidden
                },
                ...analysis.decidedAtMs !== void 0 && {
                    decidedAtMs: analysis.decidedAtMs
                },
                ...timing(timeline, analysis.matched.length > 0 ? pollingMiss(timeline, analysis.matched, configuredPoller(options)) : void 0)
            };
        }
        function timing(timeline, estimate) {
            const kubelet = kubeletTiming(timeline, estimate);
            return {
                ...estimate && {
                    pollingMiss: estimate
                },
                ...kubelet && {
                    kubeletTiming: kubelet
                }
            };
        }
        function compile(options) {
            const states = (0, verify_path.wR)(options.path);
            const code = compilePath(options.path);
            return {
                options: options,
                code: code,
                expectsPullErrors: [ ...states ].some(state => verify_states.q7.has(state)),
                hasSteps: (0, verify_path.B_)(options.path) !== void 0,
                hasBounds: code.some(instruction => instruction.op === "check"),
                forbidden: new Map((0, verify_path.Ax)(options.path).map(state => [ state.name, state.column ]))
            };
        }
        function analyze(compiled, whole, nowMs, timedOut) {
            const lost = lostVm(whole);
            const timeline = lost ? {
                ...whole,
                entries: whole.entries.filter(entry => entry.atMs < lost.atMs)
            } : whole;
            const analysis = analyzeOwn(compiled, timeline, nowMs, timedOut);
            if (!lost || analysis.result === "passed") return analysis;
            return {
                ...analysis,
                result: "failed",
                contradiction: {
                    state: lost.state,
                    witness: "vm",
                    atMs: lost.atMs,
                    rulesOut: [ ...(0, verify_path.wR)(compiled.options.path) ]
                },
                decidedAtMs: lost.atMs
            };
        }
        function analyzeOwn(compiled, timeline, nowMs, timedOut) {
            const {options: options, code: code} = compiled;
            const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
            const evidence = gatherEvidence(timeline, options.witness);
            const message = checkMessage(timeline, options.expectedMessage);
            const found = compiled.hasSteps ? search(code, evidence) : {
                partial: [],
                stuckAt: []
            };
            const toMatches = steps => steps.map(({pc: pc, candidate: candidate}, i) => stepMatch(i, code[pc], evidence, candidate));
            if (found.complete) {
                const matched = toMatches(found.complete);
                const completedAtMs = Math.max(...matched.map(step => step.atMs));
                const forbidden = forbiddenSeen(compiled, timeline, Math.min(nowMs, completedAtMs));
                const bounds = (found.bounds ?? []).map(bound => boundCheck(code, evidence, found.complete, bound, "passed"));
                if (forbidden) return failedOn(forbidden, {
                    evidence: evidence,
                    matched: matched,
                    message: message,
                    nowMs: nowMs,
                    bounds: bounds
                });
                const messageFailed = compiled.expectsPullErrors && message.result === "mismatched";
                return {
                    result: messageFailed ? "failed" : "passed",
                    evidence: evidence,
                    matched: matched,
                    stuckAt: [],
                    message: message,
                    bounds: bounds,
                    decidedAtMs: completedAtMs,
                    nowMs: nowMs
                };
            }
            const stuckOnBound = found.violation && found.violation.depth >= found.partial.length ? found.violation : void 0;
            const partial = {
                result: "inconclusive",
                evidence: evidence,
                matched: toMatches(stuckOnBound ? observed(stuckOnBound.steps) : found.partial),
                stuckAt: found.stuckAt,
                message: message,
                ...stuckOnBound && {
                    boundFailure: boundCheck(code, evidence, stuckOnBound.steps, stuckOnBound, "failed")
                },
                nowMs: nowMs
            };
            const forbidden = forbiddenSeen(compiled, timeline, nowMs);
            if (forbidden) return failedOn(forbidden, partial);
            if (!compiled.hasSteps) return timedOut ? {
                ...partial,
                result: "passed"
            } : partial;
            const deadEnds = deadEndsInForce(timeline, nowMs, options);
            if (deadEnds.length === 0 && !compiled.hasBounds) return partial;
            const ruledOut = new Set(deadEnds.flatMap(deadEnd => deadEnd.rulesOut));
            const possible = search(code, evidence, {
                ruledOut: ruledOut,
                nowMs: nowMs - settleMs
            });
            if (possible.complete) return partial;
            const needed = (0, verify_path.wR)(options.path);
            const first = deadEnds.find(deadEnd => deadEnd.rulesOut.some(state => needed.has(state)));
            const byDeadEnds = first !== void 0 && !search(code, evidence, {
                ruledOut: ruledOut
            }).complete;
            if (!byDeadEnds && possible.violation) {
                const {violation: violation} = possible;
                const boundFailure = boundCheck(code, evidence, violation.steps, violation, "failed");
                const withinMs = boundFailure.withinMs;
                return {
                    ...partial,
                    matched: toMatches(observed(violation.steps)),
                    result: "failed",
                    boundFailure: boundFailure,
                    decidedAtMs: boundFailure.result === "too-early" || withinMs === void 0 ? nowMs : boundFailure.fromMs + withinMs + settleMs
                };
            }
            if (!first) return partial;
            return {
                ...partial,
                result: "failed",
                contradiction: {
                    state: first.state,
                    witness: first.witness,
                    atMs: first.atMs,
                    rulesOut: first.rulesOut.filter(state => needed.has(state))
                },
                decidedAtMs: first.countsFromMs
            };
        }
        function observed(steps) {
            const future = steps.findIndex(step => step.candidate === FUTURE);
            return future < 0 ? [ ...steps ] : steps.slice(0, future);
        }
        function failedOn(forbidden, analysis) {
            return {
                ...analysis,
                stuckAt: analysis.stuckAt ?? [],
                result: "failed",
                forbidden: forbidden,
                decidedAtMs: forbidden.atMs
            };
        }
        function forbiddenSeen(compiled, timeline, untilMs) {
            if (compiled.forbidden.size === 0) return;
            const entry = stateEntries(timeline).find(candidate => candidate.atMs <= untilMs && compiled.forbidden.has(candidate.state));
            if (!entry) return;
            return {
                state: entry.state,
                column: compiled.forbidden.get(entry.state),
                witness: entry.witness,
                seenBy: entry.seenBy,
                atMs: entry.atMs,
                ...entry.resourceVersion !== void 0 && {
                    resourceVersion: entry.resourceVersion
                },
                ...entry.message !== void 0 && {
                    message: entry.message
                }
            };
        }
        function boundCheck(code, evidence, steps, bound, outcome) {
            const check = code[bound.pc];
            if (check.op !== "check") throw new Error("boundCheck: not a bound");
            const stepOf = candidate => {
                const index = steps.findIndex(step => step.candidate === candidate);
                return index >= 0 ? index : void 0;
            };
            const fromStep = bound.from >= 0 ? stepOf(bound.from) : void 0;
            const toStep = bound.to >= 0 ? stepOf(bound.to) : void 0;
            const result = outcome === "passed" ? "passed" : bound.elapsedMs === void 0 ? "not-yet" : check.withinMs !== void 0 && bound.elapsedMs > check.withinMs ? "too-late" : "too-early";
            return {
                bound: (0, verify_path.Sp)(check).trim(),
                column: check.column,
                ...check.withinMs !== void 0 && {
                    withinMs: check.withinMs
                },
                ...check.afterMs !== void 0 && {
                    afterMs: check.afterMs
                },
                ...fromStep !== void 0 && {
                    fromStep: fromStep
                },
                ...toStep !== void 0 && {
                    toStep: toStep
                },
                fromMs: bound.from >= 0 ? evidence.candidates[bound.from].entry.atMs : 0,
                ...bound.from >= 0 && {
                    fromState: evidence.candidates[bound.from].entry.state
                },
                ...bound.to >= 0 && {
                    toState: evidence.candidates[bound.to].entry.state,
                    toMs: evidence.candidates[bound.to].entry.atMs
                },
                ...bound.elapsedMs !== void 0 && {
                    elapsedMs: bound.elapsedMs
                },
                clock: "observer",
                result: result,
                ...result !== "passed" && {
                    expected: check.what
                }
            };
        }
        function stepMatch(step, instruction, evidence, candidateIndex) {
            if (instruction.op !== "step" || candidateIndex === FUTURE) throw new Error("stepMatch: not a step matched to an observed state");
            const {entry: entry, byEventCount: byEventCount} = evidence.candidates[candidateIndex];
            return {
                step: step,
                state: entry.state,
                atMs: entry.atMs,
                witness: entry.witness,
                seenBy: entry.seenBy,
                ...entry.resourceVersion !== void 0 && {
                    resourceVersion: entry.resourceVersion
                },
                ...byEventCount && {
                    byEventCount: true,
                    count: entry.count ?? 1
                },
                column: instruction.column,
                join: instruction.join,
                ...entry.message !== void 0 && {
                    message: entry.message
                }
            };
        }
        function deadEndsInForce(timeline, nowMs, options) {
            const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
            const graceMs = options.unschedulableGraceMs ?? DEFAULT_UNSCHEDULABLE_GRACE_MS;
            const entries = stateEntries(timeline).filter(entry => entry.atMs <= nowMs);
            const found = [];
            for (const witness of [ "vm", "vmi", "pod" ]) {
                const runs = entries.filter(entry => entry.witness === witness).filter((entry, i, all) => i === 0 || all[i - 1].state !== entry.state);
                for (const deadEnd of verify_states.Eq) {
                    if (!deadEnd.witnesses.includes(witness)) continue;
                    const entered = deadEnd.mustPersist ? runs.slice(-1).filter(entry => entry.state === deadEnd.state) : runs.filter(entry => entry.state === deadEnd.state).slice(0, 1);
                    const at = entered[0]?.atMs;
                    if (at === void 0) continue;
                    const countsFromMs = at + (deadEnd.mustPersist ? graceMs : settleMs);
                    if (countsFromMs <= nowMs) found.push({
                        state: deadEnd.state,
                        witness: witness,
                        atMs: at,
                        countsFromMs: countsFromMs,
                        rulesOut: deadEnd.rulesOut
                    });
                }
            }
            return found.sort((a, b) => a.countsFromMs - b.countsFromMs);
        }
        function checkMessage(timeline, pattern) {
            const regex = pattern instanceof RegExp ? new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, "")) : pattern;
            const seen = [];
            for (const entry of stateEntries(timeline)) {
                if (entry.witness === "vm" || !verify_states.q7.has(entry.state) || !entry.message) continue;
                if (/^Error: \w+$/.test(entry.message)) continue;
                if (regex.test(entry.message)) return {
                    pattern: pattern.source,
                    result: "matched",
                    matched: {
                        text: entry.message,
                        witness: entry.witness
                    },
                    seen: []
                };
                if (!seen.includes(entry.message)) seen.push(entry.message);
            }
            return {
                pattern: pattern.source,
                result: seen.length > 0 ? "mismatched" : "unseen",
                seen: seen
            };
        }
        function observedPath(evidence) {
            const states = [];
            for (const {entry: entry, byEventCount: byEventCount} of evidence.candidates) if (!byEventCount && states.at(-1) !== entry.state) states.push(entry.state);
            return states;
        }
        function lastMoment(timeline) {
            return timeline.entries.reduce((latest, entry) => Math.max(latest, entry.atMs, entry.kind === "state" ? 0 : entry.untilMs ?? 0), timeline.endedAtMs);
        }
        function configuredPoller(options) {
            if (options.pollIntervalMs === void 0) return [];
            return [ {
                intervalMs: options.pollIntervalMs,
                who: "this check's poll-interval"
            } ];
        }
    },
    15250: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            Ax: () => forbiddenStates,
            B_: () => stepsOf,
            Rr: () => parsePath,
            Sp: () => formatBound,
            jV: () => formatPath,
            wR: () => pathStates,
            x$: () => expandedSteps
        });
        var _util_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26518);
        var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
        var _states_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8911);
        const MAX_REPEAT = 20;
        const MAX_PATH_STEPS = 64;
        const MAX_NESTING = 32;
        const CONTEXT_CHARS = 40;
        class PathSyntaxError extends Error {
            column;
            expected;
            found;
            suggestions;
            constructor(input, column, expected, found, options = {}) {
                const suggestions = options.suggestions ?? [];
                const didYouMean = suggestions.length > 0 ? `; did you mean ${suggestions.map(name => `'${name}'`).join(" or ")}?` : "";
                const hint = options.hint ? `\n  (${options.hint})` : "";
                const from = Math.max(0, column - CONTEXT_CHARS);
                const to = Math.min(input.length, column + CONTEXT_CHARS);
                const shown = (from > 0 ? "…" : "") + input.slice(from, to).replace(/\s/g, " ") + (to < input.length ? `… (${input.length} characters)` : "");
                const at = column - from + (from > 0 ? 1 : 0);
                const length = Math.min(options.length ?? 1, to - column);
                const underline = "^" + "~".repeat(Math.max(0, length - 1));
                super(`expected ${expected}, found ${found} at column ${column + 1}${didYouMean}\n` + `  ${shown}\n  ${" ".repeat(at)}${underline}${hint}`);
                this.name = "PathSyntaxError";
                this.column = column;
                this.expected = expected;
                this.found = found;
                this.suggestions = suggestions;
            }
        }
        const NAME = /[A-Za-z][A-Za-z0-9_]*/y;
        const DURATION = /(?:\d+(?:\.\d+)?(?:ms|s|m|h))+/y;
        const MAX_BOUND_MS = 24 * 36e5;
        const QUOTED = /"([^"\s]+)"/y;
        const COUNT = /\{\s*(\d+)\s*(?:(,)\s*(\d+)?\s*)?\}/y;
        function parsePath(input) {
            let pos = 0;
            let depth = 0;
            const skipSpace = () => {
                while (pos < input.length && /\s/.test(input[pos])) pos++;
            };
            const tokenAt = at => {
                NAME.lastIndex = at;
                const name = NAME.exec(input);
                if (name) return name[0];
                QUOTED.lastIndex = at;
                const quoted = QUOTED.exec(input);
                if (quoted) return quoted[0];
                if (input.startsWith("->", at) || input.startsWith("=>", at)) return input.slice(at, at + 2);
                return input[at] ?? "";
            };
            const fail = (expected, at = pos, extra = {}) => {
                const token = tokenAt(at);
                const found = token === "" ? "end of input" : `'${(0, _util_text_js__WEBPACK_IMPORTED_MODULE_1__.wm)(token, CONTEXT_CHARS)}'`;
                throw new PathSyntaxError(input, at, expected, found, {
                    length: token.length,
                    ...extra
                });
            };
            const take = token => {
                skipSpace();
                if (!input.startsWith(token, pos)) return false;
                pos += token.length;
                return true;
            };
            const keywordAt = at => {
                NAME.lastIndex = at;
                const word = NAME.exec(input)?.[0];
                return word === "within" || word === "after" || word === "never" ? word : void 0;
            };
            const afterStep = () => `'->', '=>', '|', 'within', 'after', ',' or ${depth > 0 ? "')'" : "end of input"}`;
            const sequence = () => {
                const steps = [];
                const joins = [];
                const add = (node, join) => {
                    if (join) joins.push(join);
                    if (node.type === "sequence") {
                        steps.push(...node.steps);
                        joins.push(...node.joins);
                    } else steps.push(node);
                };
                add(bounded());
                for (;;) if (take("->")) add(bounded(), "later"); else if (take("=>")) add(bounded(), "next"); else break;
                return steps.length === 1 ? steps[0] : {
                    type: "sequence",
                    steps: steps,
                    joins: joins
                };
            };
            const bounded = () => {
                const node = choice();
                let withinMs;
                let afterMs;
                let column;
                for (;;) {
                    skipSpace();
                    const keyword = keywordAt(pos);
                    if (keyword !== "within" && keyword !== "after") break;
                    const at = pos;
                    column ??= at;
                    pos += keyword.length;
                    const ms = duration();
                    if ((keyword === "within" ? withinMs : afterMs) !== void 0) fail(`one '${keyword}' per step`, at, {
                        hint: "to bound a group of steps, put them in parentheses: (A -> B) within 1m"
                    });
                    if (keyword === "within") withinMs = ms; else afterMs = ms;
                    if (withinMs !== void 0 && afterMs !== void 0 && afterMs > withinMs) fail(`a lower bound no longer than the upper bound ('within ${(0, 
                    _util_duration_js__WEBPACK_IMPORTED_MODULE_0__.IL)(withinMs)}')`, at);
                }
                if (column === void 0) return node;
                return {
                    type: "bounded",
                    node: node,
                    column: column,
                    ...withinMs !== void 0 && {
                        withinMs: withinMs
                    },
                    ...afterMs !== void 0 && {
                        afterMs: afterMs
                    }
                };
            };
            const duration = () => {
                skipSpace();
                DURATION.lastIndex = pos;
                const text = DURATION.exec(input)?.[0];
                const ms = text === void 0 ? void 0 : (0, _util_duration_js__WEBPACK_IMPORTED_MODULE_0__.E9)(text);
                if (text === void 0 || ms === void 0) return fail("a duration such as '30s', '2m' or '1m30s'");
                if (ms <= 0 || ms > MAX_BOUND_MS) fail(`a duration above 0 and at most ${(0, _util_duration_js__WEBPACK_IMPORTED_MODULE_0__.IL)(MAX_BOUND_MS)}`, pos, {});
                pos = DURATION.lastIndex;
                return ms;
            };
            const choice = () => {
                const options = [];
                const add = node => {
                    if (node.type === "choice") options.push(...node.options); else options.push(node);
                };
                add(repeat());
                while (take("|")) add(repeat());
                return options.length === 1 ? options[0] : {
                    type: "choice",
                    options: options
                };
            };
            const repeat = () => {
                const node = atom();
                skipSpace();
                const column = pos;
                let min;
                let max;
                if (take("+")) {
                    min = 1;
                    max = 1 / 0;
                } else if (input[pos] === "{") {
                    COUNT.lastIndex = pos;
                    const count = COUNT.exec(input);
                    if (!count) return fail("a count like '{2}', '{1,3}' or '{2,}'", pos);
                    min = Number(count[1]);
                    max = count[2] === void 0 ? min : count[3] === void 0 ? 1 / 0 : Number(count[3]);
                    if (max === 0 || min > max) fail("a count with at least one repetition and min <= max", column, {
                        hint: `'${count[0]}' allows no repetition`
                    });
                    if (min > MAX_REPEAT || max !== 1 / 0 && max > MAX_REPEAT) fail(`a count of at most ${MAX_REPEAT}`, column);
                    pos = COUNT.lastIndex;
                } else return node;
                if (max === 1 / 0 && requiredSteps(node) === 0) fail("an unbounded repetition of something that requires at least one state", column);
                const repeated = {
                    type: "repeat",
                    node: node,
                    min: min,
                    max: max,
                    column: column
                };
                if (expandedSteps(repeated) > MAX_PATH_STEPS) fail(`a path of at most ${MAX_PATH_STEPS} steps once repetitions are written out`, column);
                return repeated;
            };
            const atom = () => {
                skipSpace();
                const column = pos;
                if (take("(")) {
                    depth++;
                    if (depth > MAX_NESTING) fail(`at most ${MAX_NESTING} nested parentheses`, column);
                    const inner = sequence();
                    if (!take(")")) fail(afterStep());
                    depth--;
                    return inner;
                }
                QUOTED.lastIndex = pos;
                const quoted = QUOTED.exec(input);
                if (quoted) {
                    pos = QUOTED.lastIndex;
                    return {
                        type: "state",
                        name: quoted[1],
                        column: column,
                        quoted: true
                    };
                }
                const keyword = keywordAt(pos);
                if (keyword) fail("a state name, a quoted name or '('", pos, {
                    hint: keyword === "never" ? "'never' starts a clause of its own after a comma: A -> B, never Running" : `'${keyword}' follows the step it bounds: A -> B ${keyword} 30s`
                });
                NAME.lastIndex = pos;
                const name = NAME.exec(input);
                if (!name) return fail("a state name, a quoted name or '('");
                if (!_states_js__WEBPACK_IMPORTED_MODULE_2__.xh.includes(name[0])) throw new PathSyntaxError(input, column, "a known state name (a VM printableStatus, VMI or pod phase, or kubelet waiting reason)", `'${(0, 
                _util_text_js__WEBPACK_IMPORTED_MODULE_1__.wm)(name[0], CONTEXT_CHARS)}'`, {
                    length: name[0].length,
                    suggestions: (0, _states_js__WEBPACK_IMPORTED_MODULE_2__.U_)(name[0]),
                    hint: `quote it, "${(0, _util_text_js__WEBPACK_IMPORTED_MODULE_1__.wm)(name[0], CONTEXT_CHARS)}", to match a state this tool does not know`
                });
                pos = NAME.lastIndex;
                return {
                    type: "state",
                    name: name[0],
                    column: column
                };
            };
            const clause = () => {
                skipSpace();
                if (keywordAt(pos) !== "never") return {
                    path: sequence()
                };
                const column = pos;
                pos += "never".length;
                const node = choice();
                const states = node.type === "choice" ? node.options : [ node ];
                if (!states.every(state => state.type === "state")) fail("a state or a choice of states after 'never'", column, {
                    hint: "never (Running | Stopped)"
                });
                return {
                    never: states
                };
            };
            let path;
            const never = [];
            for (;;) {
                const at = (skipSpace(), pos);
                const next = clause();
                if (next.path) {
                    if (path) fail("at most one path of steps; join steps with '->'", at);
                    path = next.path;
                }
                never.push(...next.never ?? []);
                if (!take(",")) break;
            }
            skipSpace();
            if (pos < input.length) fail(afterStep());
            if (path && requiredSteps(path) === 0) throw new PathSyntaxError(input, 0, "a path that requires at least one state", "none", {
                length: input.length
            });
            if (path && expandedSteps(path) > MAX_PATH_STEPS) fail(`a path of at most ${MAX_PATH_STEPS} steps once repetitions are written out`, 0);
            if (never.length === 0) return path;
            return {
                type: "expression",
                ...path && {
                    path: path
                },
                never: never
            };
        }
        function requiredSteps(node) {
            switch (node.type) {
              case "state":
                return 1;

              case "sequence":
                return node.steps.reduce((sum, step) => sum + requiredSteps(step), 0);

              case "choice":
                return Math.min(...node.options.map(requiredSteps));

              case "repeat":
                return node.min * requiredSteps(node.node);

              case "bounded":
                return requiredSteps(node.node);

              case "expression":
                return node.path ? requiredSteps(node.path) : 0;
            }
        }
        function expandedSteps(node) {
            switch (node.type) {
              case "state":
                return 1;

              case "sequence":
                return node.steps.reduce((sum, step) => sum + expandedSteps(step), 0);

              case "choice":
                return node.options.reduce((sum, option) => sum + expandedSteps(option), 0);

              case "repeat":
                return (node.max === 1 / 0 ? node.min + 1 : node.max) * expandedSteps(node.node);

              case "bounded":
                return expandedSteps(node.node);

              case "expression":
                return node.path ? expandedSteps(node.path) : 0;
            }
        }
        function pathStates(node) {
            switch (node.type) {
              case "state":
                return new Set([ node.name ]);

              case "sequence":
                return new Set(node.steps.flatMap(step => [ ...pathStates(step) ]));

              case "choice":
                return new Set(node.options.flatMap(option => [ ...pathStates(option) ]));

              case "repeat":
              case "bounded":
                return pathStates(node.node);

              case "expression":
                return node.path ? pathStates(node.path) : new Set;
            }
        }
        function stepsOf(node) {
            return node.type === "expression" ? node.path : node;
        }
        function forbiddenStates(node) {
            return node.type === "expression" ? node.never : [];
        }
        function formatBound(bound) {
            return (bound.afterMs !== void 0 ? ` after ${(0, _util_duration_js__WEBPACK_IMPORTED_MODULE_0__.IL)(bound.afterMs)}` : "") + (bound.withinMs !== void 0 ? ` within ${(0, 
            _util_duration_js__WEBPACK_IMPORTED_MODULE_0__.IL)(bound.withinMs)}` : "");
        }
        function formatPath(node) {
            switch (node.type) {
              case "state":
                return node.quoted ? `"${node.name}"` : node.name;

              case "sequence":
                return node.steps.map((step, i) => (i === 0 ? "" : node.joins[i - 1] === "next" ? " => " : " -> ") + formatPath(step)).join("");

              case "choice":
                return node.options.map(option => option.type === "sequence" || option.type === "bounded" ? `(${formatPath(option)})` : formatPath(option)).join(" | ");

              case "bounded":
                {
                    const inner = node.node.type === "sequence" || node.node.type === "bounded" ? `(${formatPath(node.node)})` : formatPath(node.node);
                    return `${inner}${formatBound(node)}`;
                }

              case "expression":
                {
                    const never = node.never.map(state => formatPath(state));
                    const clause = `never ${never.length === 1 ? never[0] : `(${never.join(" | ")})`}`;
                    return node.path ? `${formatPath(node.path)}, ${clause}` : clause;
                }

              case "repeat":
                {
                    const inner = node.node.type === "state" ? formatPath(node.node) : `(${formatPath(node.node)})`;
                    if (node.max === 1 / 0) return inner + (node.min === 1 ? "+" : `{${node.min},}`);
                    return inner + (node.min === node.max ? `{${node.min}}` : `{${node.min},${node.max}}`);
                }
            }
        }
    },
    61303: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            KN: () => percent,
            YQ: () => describeRate,
            YV: () => wilsonInterval,
            sl: () => cleanRunsUntil
        });
        const Z_95 = 1.959963984540054;
        function wilsonInterval(failures, runs, z = Z_95) {
            if (!Number.isInteger(runs) || !Number.isInteger(failures) || runs <= 0 || failures < 0 || failures > runs) throw new RangeError(`a rate needs 0 <= failures <= runs and runs > 0, got ${failures} of ${runs}`);
            const p = failures / runs;
            const z2 = z * z;
            const denominator = 1 + z2 / runs;
            const center = (p + z2 / (2 * runs)) / denominator;
            const half = z * Math.sqrt(p * (1 - p) / runs + z2 / (4 * runs * runs)) / denominator;
            return {
                failures: failures,
                runs: runs,
                rate: p,
                low: failures === 0 ? 0 : Math.max(0, center - half),
                high: failures === runs ? 1 : Math.min(1, center + half),
                confidence: confidenceOf(z)
            };
        }
        function cleanRunsUntil(failures, runs, target, z = Z_95) {
            const below = n => wilsonInterval(failures, n, z).high < target;
            if (below(runs)) return 0;
            let high = Math.max(1, runs);
            while (!below(high)) high *= 2;
            let low = Math.max(runs, high / 2);
            while (high - low > 1) {
                const mid = Math.floor((low + high) / 2);
                if (below(mid)) high = mid; else low = mid;
            }
            return high - runs;
        }
        function describeRate(interval) {
            const level = `${Math.round(interval.confidence * 100)} %`;
            const runs = `${interval.runs} run${interval.runs === 1 ? "" : "s"}, ${interval.failures} failure${interval.failures === 1 ? "" : "s"}`;
            if (interval.failures === 0) return `${runs}: failure rate below ${percent(interval.high)} (${level})`;
            return `${runs}: failure rate ${percent(interval.rate)}, between ${percent(interval.low)} and ${percent(interval.high)} (${level})`;
        }
        function percent(rate) {
            const value = rate * 100;
            if (value === 0) return "0 %";
            if (value > 99 && value < 100) return `${Math.floor(value * 10) / 10} %`;
            if (value >= 10) return `${Math.round(value)} %`;
            const digits = Math.max(1, 1 - Math.floor(Math.log10(value)));
            return `${Number(value.toFixed(digits))} %`;
        }
        function confidenceOf(z) {
            const erf = x => {
                const t = 1 / (1 + .3275911 * Math.abs(x));
                const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - .284496736) * t + .254829592) * t * Math.exp(-x * x);
                return Math.sign(x) * y;
            };
            return Math.round(erf(z / Math.SQRT2) * 100) / 100;
        }
    },
    8911: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            Eq: () => DEAD_ENDS,
            U_: () => closestStates,
            q7: () => PULL_ERROR_STATES,
            uH: () => IMAGE_PULL_FAILURES,
            xh: () => KNOWN_STATES
        });
        const VM_PRINTABLE_STATUSES = [ "Stopped", "Provisioning", "Starting", "Running", "Paused", "Stopping", "Terminating", "CrashLoopBackOff", "Migrating", "Unknown", "ErrorUnschedulable", "ErrImagePull", "ImagePullBackOff", "ErrorPvcNotFound", "DataVolumeError", "WaitingForVolumeBinding", "WaitingForReceiver" ];
        const VMI_PHASES = [ "Pending", "Scheduling", "Scheduled", "Running", "Succeeded", "Failed", "WaitingForSync", "Unknown" ];
        const KUBELET_WAITING_REASONS = [ "ErrImagePull", "ImagePullBackOff", "ImageInspectError", "ErrImageNeverPull", "RegistryUnavailable", "InvalidImageName", "ContainerCreating", "PodInitializing", "CrashLoopBackOff", "CreateContainerConfigError", "CreateContainerError" ];
        const POD_PHASES = [ "Pending", "Running", "Succeeded", "Failed", "Unknown" ];
        const KNOWN_STATES = [ ...new Set([ ...VM_PRINTABLE_STATUSES, ...VMI_PHASES, ...KUBELET_WAITING_REASONS, ...POD_PHASES ]) ];
        const PULL_ERROR_STATES = new Set([ "ErrImagePull", "ImagePullBackOff", "ImageInspectError", "ErrImageNeverPull", "RegistryUnavailable", "InvalidImageName" ]);
        const IMAGE_PULL_FAILURES = [ "ErrImagePull", "ImagePullBackOff" ];
        const DEAD_ENDS = [ {
            state: "Running",
            witnesses: [ "vm", "vmi", "pod" ],
            rulesOut: [ ...IMAGE_PULL_FAILURES, "InvalidImageName" ],
            mustPersist: false
        }, {
            state: "InvalidImageName",
            witnesses: [ "pod" ],
            rulesOut: [ ...IMAGE_PULL_FAILURES, "Running" ],
            mustPersist: false
        }, {
            state: "ErrorUnschedulable",
            witnesses: [ "vm" ],
            rulesOut: [ ...IMAGE_PULL_FAILURES, "InvalidImageName", "Running" ],
            mustPersist: true
        } ];
        function closestStates(name, known = KNOWN_STATES) {
            const lower = name.toLowerCase();
            const sameLetters = known.filter(state => state.toLowerCase() === lower);
            if (sameLetters.length > 0) return sameLetters;
            const limit = Math.max(1, Math.floor(name.length / 4));
            const near = known.map(state => ({
                state: state,
                distance: editDistance(lower, state.toLowerCase())
            })).filter(({distance: distance}) => distance <= limit).sort((a, b) => a.distance - b.distance).map(({state: state}) => state);
            if (near.length > 0) return near.slice(0, 3);
            if (lower.length < 4) return [];
            return known.filter(state => state.toLowerCase().includes(lower)).slice(0, 3);
        }
        function editDistance(a, b) {
            const rows = [];
            for (let i = 0; i <= a.length; i++) {
                const row = [ i ];
                for (let j = 1; j <= b.length; j++) {
                    if (i === 0) {
                        row.push(j);
                        continue;
                    }
                    const previous = rows[i - 1];
                    const cost = a[i - 1] === b[j - 1] ? 0 : 1;
                    let best = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2][j - 2] + 1);
                    row.push(best);
                }
                rows.push(row);
            }
            return rows[a.length][b.length];
        }
    }
};
