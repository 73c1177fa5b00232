export const id = 80;

export const ids = [ 80 ];

export const modules = {
    72951: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            xL: () => ConfigError,
            CJ: () => kindSetupOptions,
            Xg: () => readConfig
        });
        var external_node_os_ = __webpack_require__(48161);
        var external_node_path_ = __webpack_require__(76760);
        var cluster = __webpack_require__(76629);
        var external_node_fs_ = __webpack_require__(73024);
        var dist = __webpack_require__(38815);
        var presets = __webpack_require__(26215);
        var errors = __webpack_require__(70017);
        var util_text = __webpack_require__(49997);
        const CHECK_FIELDS = [ "name", "scenario", "vm-manifest", "expected-path", "expected-message", "witness", "timeout", "attempts" ];
        const MAX_CHECKS = 50;
        const MAX_CHECKS_BYTES = 256 * 1024;
        const MAX_NAME = 100;
        function itemPlace(index, field, name) {
            return `checks[${index}]${field ? `.${field}` : ""}${name ? ` (check '${(0, util_text.wm)(name)}')` : ""}`;
        }
        function itemProblem(index, detail, field, name) {
            return new errors.d("checks", `${itemPlace(index, field, name)}: ${detail}`);
        }
        function listText(value) {
            if (/\n/.test(value) || /^\s*[-[]/.test(value)) return value;
            let size;
            try {
                size = (0, external_node_fs_.statSync)(value).size;
            } catch (error) {
                throw new errors.d("checks", `'${(0, util_text.wm)(value)}' is neither a YAML list nor a file that can be read (${(0, 
                util_text.wm)((0, errors.g)(error))}). Give the list inline (a line per item, starting with '- name: …') or the path of a file in the repository.`);
            }
            if (size > MAX_CHECKS_BYTES) throw new errors.d("checks", `${(0, util_text.wm)(value)}: ${size} bytes is more than a list of checks needs (at most ${MAX_CHECKS_BYTES}).`);
            return (0, external_node_fs_.readFileSync)(value, "utf8");
        }
        function scalarText(value) {
            if (typeof value === "string") return value;
            if (typeof value === "number" || typeof value === "boolean") return String(value);
            return;
        }
        function readCheckItems(value) {
            if (value.trim() === "") return {
                items: [],
                problems: []
            };
            let text;
            try {
                text = listText(value.trim());
            } catch (error) {
                return {
                    items: [],
                    problems: [ asInputError(error) ]
                };
            }
            const document = (0, dist.Tp)(text, {
                prettyErrors: false,
                uniqueKeys: true
            });
            if (document.errors.length > 0) return {
                items: [],
                problems: document.errors.slice(0, 3).map(error => new errors.d("checks", `not valid YAML: ${(0, 
                util_text.wm)(error.message.split("\n")[0] ?? "")}${error.linePos ? ` (line ${error.linePos[0].line})` : ""}.`))
            };
            const list = document.toJS();
            if (!Array.isArray(list) || list.length === 0) return {
                items: [],
                problems: [ new errors.d("checks", `expected a non-empty YAML list of checks ('- name: pull-error' then 'scenario: missing-image' on the next line), got ${Array.isArray(list) ? "an empty list" : list === null ? "nothing" : `a ${typeof list}`}.`) ]
            };
            const problems = [];
            if (list.length > MAX_CHECKS) problems.push(new errors.d("checks", `${list.length} checks; at most ${MAX_CHECKS} in one step.`));
            const items = [];
            const names = new Map;
            list.forEach((entry, index) => {
                const item = readItem(entry, index, problems);
                if (!item) return;
                const first = names.get(item.name);
                if (first !== void 0 && item.name !== "") {
                    problems.push(itemProblem(index, `'${(0, util_text.wm)(item.name)}' is the name of checks[${first}] too; each check needs its own name.`, "name"));
                    return;
                }
                names.set(item.name, index);
                items.push(item);
            });
            return {
                items: items,
                problems: problems
            };
        }
        function asInputError(error) {
            return error instanceof errors.d ? error : new errors.d("checks", (0, errors.g)(error));
        }
        function readItem(entry, index, problems) {
            if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
                problems.push(itemProblem(index, `is ${entry === null ? "empty" : Array.isArray(entry) ? "a list" : `the ${typeof entry} '${(0, 
                util_text.wm)(scalarText(entry) ?? "")}'`}; each check is a mapping with 'name' and 'scenario' or 'vm-manifest'.`));
                return;
            }
            const fields = entry;
            const rawName = scalarText(fields.name);
            const name = rawName?.trim();
            for (const key of Object.keys(fields)) if (!CHECK_FIELDS.includes(key)) problems.push(itemProblem(index, `unknown field; a check has ${CHECK_FIELDS.map(field => `'${field}'`).join(", ")}.`, (0, 
            util_text.wm)(key), name));
            if (name === void 0 || name === "") problems.push(itemProblem(index, "missing: every check needs a name, shown in reports.", "name")); else if (name.length > MAX_NAME || /[\r\n]/.test(name)) problems.push(itemProblem(index, `'${(0, 
            util_text.wm)(name)}' is not one line of at most ${MAX_NAME} characters.`, "name"));
            const inputs = {};
            for (const field of CHECK_FIELDS) {
                if (field === "name" || !(field in fields)) continue;
                const text = scalarText(fields[field]);
                if (text === void 0) problems.push(itemProblem(index, "is not a single value (a string or a number).", field, name)); else if (field !== "scenario") inputs[field] = text;
            }
            const scenario = scalarText(fields.scenario);
            const manifest = "vm-manifest" in fields;
            if (scenario !== void 0 && manifest) problems.push(itemProblem(index, "give either 'scenario' or 'vm-manifest', not both.", "scenario", name)); else if (scenario === void 0 && !manifest && !("scenario" in fields)) problems.push(itemProblem(index, `missing: give a 'scenario' (${presets.dO.join(", ")}) or a 'vm-manifest'.`, "scenario", name)); else if (scenario !== void 0 && !(0, 
            presets.l6)(scenario)) problems.push(itemProblem(index, `'${(0, util_text.wm)(scenario)}' is not a preset; use one of ${presets.dO.join(", ")} (docs/presets.md).`, "scenario", name));
            return {
                index: index,
                name: name ?? "",
                ...scenario !== void 0 && (0, presets.l6)(scenario) && {
                    scenario: scenario
                },
                inputs: inputs
            };
        }
        var contract = __webpack_require__(3665);
        var util_duration = __webpack_require__(26518);
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
        var trend = __webpack_require__(88796);
        var verify = __webpack_require__(27900);
        const SETUP_ENV = {
            kindPath: "KTC_KIND_PATH",
            kubectlPath: "KTC_KUBECTL_PATH",
            kindBaseUrl: "KTC_KIND_BASE_URL",
            kubectlBaseUrl: "KTC_KUBECTL_BASE_URL",
            kubevirtReleaseBaseUrl: "KTC_KUBEVIRT_RELEASE_BASE_URL",
            kubevirtStableUrl: "KTC_KUBEVIRT_STABLE_URL",
            kubevirtTimeout: "KTC_KUBEVIRT_TIMEOUT"
        };
        function kindSetupOptions(config, env, log) {
            const timeout = env[SETUP_ENV.kubevirtTimeout];
            const kubevirtTimeoutMs = timeout ? (0, util_duration.E9)(timeout) : void 0;
            if (timeout && kubevirtTimeoutMs === void 0) throw new Error(`${SETUP_ENV.kubevirtTimeout}='${timeout}' is not a duration such as 20m.`);
            return {
                clusterName: config.kindClusterName,
                kindVersion: config.kindVersion,
                kubectlVersion: config.kubectlVersion,
                nodeImage: config.kindNodeImage,
                kubevirtVersion: config.kubevirtVersion,
                emulation: config.emulation,
                kubeconfigPath: config.kubeconfig,
                kindPath: env[SETUP_ENV.kindPath] || void 0,
                kubectlPath: env[SETUP_ENV.kubectlPath] || void 0,
                kindBaseUrl: env[SETUP_ENV.kindBaseUrl] || void 0,
                kubectlBaseUrl: env[SETUP_ENV.kubectlBaseUrl] || void 0,
                kubevirtReleaseBaseUrl: env[SETUP_ENV.kubevirtReleaseBaseUrl] || void 0,
                kubevirtStableUrl: env[SETUP_ENV.kubevirtStableUrl] || void 0,
                kubevirtTimeoutMs: kubevirtTimeoutMs,
                env: env,
                log: log
            };
        }
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
                    return (0, verify.Rr)(value);
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
                vmTemplate: check("vm-manifest", value => value === "" ? void 0 : (0, cluster.z7)(value, image !== contract.WJ.image ? image : void 0), void 0),
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
                regressionThreshold: check("regression-threshold", trend.B7, trend.aV),
                failOnRegression: boolean("fail-on-regression")
            };
            const checks = raw("checks");
            if (checks !== "") {
                const {items: items, problems: shape} = readCheckItems(checks);
                problems.push(...shape);
                if (config.repeat > 1) problems.push(new errors.d("checks", `a suite runs each check once (with its attempts); repeat mode (repeat: ${config.repeat}) is for one check. Set repeat to 1, or repeat one check without checks.`));
                config.checks = items.flatMap(item => {
                    const check = readCheck(item, read, env, audience, problems);
                    return check ? [ check ] : [];
                });
            }
            if (problems.length > 0) {
                const order = Object.keys(contract.WJ);
                const item = problem => Number(/^checks\[(\d+)\]/.exec(problem.detail)?.[1] ?? -1);
                throw new ConfigError(problems.sort((a, b) => order.indexOf(a.input) - order.indexOf(b.input) || item(a) - item(b)));
            }
            return config;
        }
        function readCheck(item, read, env, audience, problems) {
            const preset = item.scenario ? presets.fG[item.scenario] : void 0;
            const own = {
                ...preset && {
                    "expected-path": (0, presets.B2)(preset).path,
                    "vm-manifest": "",
                    ...preset.timeout && {
                        timeout: preset.timeout
                    }
                },
                ...item.inputs
            };
            try {
                const config = readConfig(name => name === "checks" ? "" : own[name] ?? read(name), env, audience);
                return {
                    ...config,
                    checkName: item.name,
                    ...preset && {
                        preset: preset,
                        pathFromPreset: item.inputs["expected-path"] === void 0
                    }
                };
            } catch (error) {
                if (!(error instanceof ConfigError)) throw error;
                for (const problem of error.problems) if (Object.hasOwn(own, problem.input)) problems.push(itemProblem(item.index, problem.detail, problem.input, item.name));
                return;
            }
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
            checks: "",
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
            parallel: "In repeat mode, how many VMs run at once on the same shared watches; with `checks`, how many checks. The cluster must have room for them: the pre-flight compares their memory requests with the nodes' allocatable memory and refuses a `parallel` that does not fit. At most 50.",
            checks: 'Several checks at once (a suite, README "Several checks at once"): a YAML list, inline or the path of a file in the repository. Each item has a `name` and either a `scenario` preset (`missing-image`, `unschedulable`, `missing-pvc`, `missing-datavolume`, `halted`, `running`; docs/presets.md) or a `vm-manifest`, and may set `expected-path`, `expected-message`, `witness`, `timeout` and `attempts`; what it leaves out comes from its preset, then from this step\'s inputs. The checks run side by side (`parallel` at a time) in one namespace. Every item is checked before anything is created. Empty: one check, set by the other inputs.',
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
            "fail-on-regression": "Fail the step when a duration regressed (by default a regression is only reported); with `checks`, when a duration of any check regressed."
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
    26215: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            fG: () => PRESETS,
            dO: () => PRESET_NAMES,
            l6: () => isPresetName,
            B2: () => presetPath,
            r6: () => rangeWords
        });
        var cluster = __webpack_require__(76629);
        function releaseParts(version) {
            const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(version.trim());
            if (!match) return;
            return [ Number(match[1]), Number(match[2]), Number(match[3] ?? 0) ];
        }
        function versionAtLeast(version, since) {
            const got = releaseParts(version);
            const wanted = releaseParts(since);
            if (!got || !wanted) return false;
            for (let i = 0; i < 3; i++) if (got[i] !== wanted[i]) return got[i] > wanted[i];
            return true;
        }
        const PRESET_NAMES = [ "missing-image", "unschedulable", "missing-pvc", "missing-datavolume", "halted", "running" ];
        const BOOTABLE_IMAGE = "quay.io/kubevirt/cirros-container-disk-demo:v1.9.0";
        const UNSCHEDULABLE_MEMORY = "1Ti";
        const VM_GO = "kubevirt/kubevirt pkg/virt-controller/watch/vm/vm.go";
        const DATAVOLUMES_GO = "kubevirt/kubevirt pkg/virt-controller/watch/vmi/datavolumes.go";
        function changed(identity, image, change) {
            const vm = (0, cluster.nV)(identity, image);
            change(vm.spec.template.spec, vm);
            return vm;
        }
        function withVolume(identity, image, volume) {
            return changed(identity, image, spec => {
                const domain = spec.domain;
                domain.devices.disks.push({
                    name: "missing",
                    disk: {
                        bus: "virtio"
                    }
                });
                spec.volumes.push({
                    name: "missing",
                    ...volume
                });
            });
        }
        function missingName(identity) {
            return `${identity.name}-missing`;
        }
        const PRESETS = {
            "missing-image": {
                name: "missing-image",
                summary: "a containerDisk image that cannot be pulled: the kubelet backs off and retries",
                paths: [ {
                    path: "ErrImagePull -> ImagePullBackOff -> ErrImagePull -> ImagePullBackOff",
                    source: `${VM_GO} isVirtualMachineStatusErrImagePull / isVirtualMachineStatusImagePullBackOff (the VMI's Synchronized condition, set by pkg/virt-controller/watch/vmi/lifecycle.go checkForContainerImageError)`
                } ],
                takesRoom: true,
                vm: (identity, image) => (0, cluster.nV)(identity, image)
            },
            unschedulable: {
                name: "unschedulable",
                summary: `a memory request (${UNSCHEDULABLE_MEMORY}) no node can hold: the launcher pod stays Pending, Unschedulable`,
                paths: [ {
                    path: "ErrorUnschedulable",
                    source: `${VM_GO} isVirtualMachineStatusUnschedulable (the VMI's PodScheduled=False condition with reason Unschedulable, copied from the launcher pod)`
                } ],
                takesRoom: false,
                vm: (identity, image) => changed(identity, image, spec => {
                    spec.domain.resources.requests.memory = UNSCHEDULABLE_MEMORY;
                })
            },
            "missing-pvc": {
                name: "missing-pvc",
                summary: "a persistentVolumeClaim volume whose claim does not exist: no launcher pod is made",
                paths: [ {
                    path: "ErrorPvcNotFound",
                    source: `${VM_GO} isVirtualMachineStatusPvcNotFound (the VMI's Synchronized=False condition with reason FailedPvcNotFound, from ${DATAVOLUMES_GO} areDataVolumesReady)`
                } ],
                takesRoom: true,
                vm: (identity, image) => withVolume(identity, image, {
                    persistentVolumeClaim: {
                        claimName: missingName(identity)
                    }
                })
            },
            "missing-datavolume": {
                name: "missing-datavolume",
                summary: "a dataVolume volume whose DataVolume does not exist (CDI installed or not): KubeVirt looks for its PVC",
                paths: [ {
                    since: "v0.57.0",
                    path: "ErrorPvcNotFound",
                    source: `${VM_GO} isVirtualMachineStatusPvcNotFound (${DATAVOLUMES_GO} areDataVolumesReady looks up the PVC named like the DataVolume; ErrorDataVolumeNotFound was removed in v0.57.0, commit ef62cbfd13)`
                }, {
                    path: "ErrorDataVolumeNotFound",
                    source: `${VM_GO} isVirtualMachineStatusDataVolumeNotFound (before v0.57.0)`
                } ],
                takesRoom: true,
                vm: (identity, image) => withVolume(identity, image, {
                    dataVolume: {
                        name: missingName(identity)
                    }
                })
            },
            halted: {
                name: "halted",
                summary: "`runStrategy: Halted`: no VMI is created",
                paths: [ {
                    path: "Stopped",
                    source: `${VM_GO} isVirtualMachineStatusStopped (no VMI, and none expected: isVMIStartExpected is false)`
                } ],
                takesRoom: false,
                vm: (identity, image) => changed(identity, image, (_spec, vm) => {
                    vm.spec.runStrategy = "Halted";
                })
            },
            running: {
                name: "running",
                summary: `a pullable containerDisk (${BOOTABLE_IMAGE}) that boots`,
                paths: [ {
                    path: "Starting -> Running",
                    source: `${VM_GO} isVirtualMachineStatusStarting (VMI Pending, Scheduling or Scheduled), then isVirtualMachineStatusRunning (VMI phase Running, not paused)`
                } ],
                timeout: "15m",
                takesRoom: true,
                vm: identity => (0, cluster.nV)(identity, BOOTABLE_IMAGE)
            }
        };
        function isPresetName(name) {
            return PRESET_NAMES.includes(name);
        }
        function presetPath(preset, kubevirtVersion) {
            if (kubevirtVersion && /^v?\d+\.\d+/.test(kubevirtVersion)) {
                const found = preset.paths.find(range => range.since === void 0 || versionAtLeast(kubevirtVersion, range.since));
                if (found) return found;
            }
            return preset.paths[0];
        }
        function rangeWords(preset, path) {
            const index = preset.paths.indexOf(path);
            const before = index > 0 ? preset.paths[index - 1]?.since : void 0;
            if (path.since && before) return `for KubeVirt ${path.since} up to before ${before}`;
            if (path.since) return `for KubeVirt ${path.since} and later`;
            if (before) return `for KubeVirt before ${before}`;
            return "for every KubeVirt release";
        }
    },
    71054: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            k: () => runCheck
        });
        var src_cluster = __webpack_require__(76629);
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
        var api_error = __webpack_require__(38051);
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
        var kube_api = __webpack_require__(49010);
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
            const count = occurrences(event.count ?? event.series?.count);
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
        function occurrences(count) {
            return Number.isSafeInteger(count) && count >= 1 ? count : 1;
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
        const KUBEVIRT = {
            group: "kubevirt.io",
            version: "v1"
        };
        function resourceSpecs(context) {
            const {kubeConfig: kubeConfig, namespace: namespace, labelSelector: labelSelector} = context;
            const api = signal => kube_api.Y5.of(kubeConfig, signal);
            const kubevirt = (plural, read) => ({
                resource: plural,
                path: `/apis/${KUBEVIRT.group}/${KUBEVIRT.version}/namespaces/${namespace}/${plural}`,
                labelSelector: labelSelector,
                read: read,
                list: signal => allPages(_continue => api(signal).listNamespacedCustomObject({
                    ...KUBEVIRT,
                    namespace: namespace,
                    plural: plural,
                    labelSelector: labelSelector,
                    _continue: _continue
                }))
            });
            return [ kubevirt("virtualmachines", readVm), kubevirt("virtualmachineinstances", readVmi), {
                resource: "pods",
                path: `/api/v1/namespaces/${namespace}/pods`,
                labelSelector: labelSelector,
                read: readPod,
                list: signal => allPages(_continue => api(signal).listNamespacedPod({
                    namespace: namespace,
                    labelSelector: labelSelector,
                    _continue: _continue
                }))
            }, {
                resource: "events",
                path: `/api/v1/namespaces/${namespace}/events`,
                read: object => readEvent(object, context.podOwner),
                list: signal => allPages(_continue => api(signal).listNamespacedEvent({
                    namespace: namespace,
                    _continue: _continue
                }))
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
        const PROVEN_PROBE_FACTOR = 15;
        class ProbePacing {
            #probeEveryMs;
            #waitMs;
            #probedAt=-1 / 0;
            #probing=false;
            #suspect;
            constructor(probeEveryMs) {
                this.#probeEveryMs = probeEveryMs;
                this.#waitMs = probeEveryMs;
            }
            heard() {
                this.#suspect = void 0;
                this.#waitMs = this.#probeEveryMs;
            }
            due(now, heardAt, proven) {
                const longest = this.#probeEveryMs * PROVEN_PROBE_FACTOR;
                const wait = this.#suspect ? this.#probeEveryMs : proven ? longest : this.#waitMs;
                const quietMs = now - Math.max(heardAt, this.#probedAt);
                return !this.#probing && quietMs >= wait;
            }
            sent(now) {
                this.#probing = true;
                this.#probedAt = now;
            }
            answered() {
                this.#probing = false;
            }
            found(behind) {
                if (behind.length === 0) {
                    this.#suspect = void 0;
                    this.#waitMs = Math.min(this.#probeEveryMs * PROVEN_PROBE_FACTOR, this.#waitMs * 2);
                    return "up-to-date";
                }
                if (!this.#suspect) {
                    this.#suspect = behind;
                    return "suspect";
                }
                this.#suspect = void 0;
                return "confirmed";
            }
        }
        function describeBehind(behind) {
            return behind.slice(0, 3).join(", ") + (behind.length > 3 ? ", …" : "");
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
        var client_node = __webpack_require__(99690);
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
            #silentEnding;
            #cancelProbe=() => {};
            #pacing;
            #proven=false;
            constructor(spec, deps) {
                this.resource = spec.resource;
                this.#spec = spec;
                this.#deps = deps;
                this.#record = new ResourceRecord(spec.resource, deps);
                this.#heardAt = deps.clock.now();
                this.#pacing = new ProbePacing(deps.limits.probeEveryMs);
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
                this.#pacing.heard();
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
                const {clock: clock} = this.#deps;
                if (!this.#pacing.due(clock.now(), this.#heardAt, this.#proven)) return;
                if (this.#lists.pollingSince !== void 0 || this.#record.ledger.relistPending) return;
                this.#pacing.sent(clock.now());
                const heardAt = this.#heardAt;
                const result = await this.#lists.request(this.#stop.signal).finally(() => {
                    this.#pacing.answered();
                });
                this.#record.stats.probes++;
                if (isEnding(result) || this.#heardAt !== heardAt || this.#stop.signal.aborted) return;
                const behind = undelivered(result.items, this.#known);
                if (this.#pacing.found(behind) !== "confirmed") return;
                if (this.#proven) this.#lostInTransit(behind); else this.#silent(behind, clock.now() - heardAt);
            }
            #lostInTransit(behind) {
                const message = `the watch did not deliver what a list showed (${describeBehind(behind)}): a line was lost in transit`;
                this.#stream?.end({
                    kind: "malformed",
                    message: message
                });
            }
            #silent(behind, quietMs) {
                const {clock: clock} = this.#deps;
                const message = `the watch was answered but delivered nothing for ${seconds(quietMs)} while a list showed ${describeBehind(behind)}`;
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
        var verify = __webpack_require__(27900);
        var src_outcome = __webpack_require__(34671);
        var presets = __webpack_require__(26215);
        async function atOnce(count, limit, work, stop = () => false) {
            let next = 0;
            const worker = async () => {
                while (next < count && !stop()) await work(next++);
            };
            await Promise.all(Array.from({
                length: Math.min(limit, count)
            }, worker));
        }
        var quantity = __webpack_require__(43347);
        var duration = __webpack_require__(26518);
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
        var pattern = __webpack_require__(20666);
        var setting = __webpack_require__(21832);
        const HEARTBEAT_MS = 3e4;
        const REPEAT_PROGRESS_EVERY = 10;
        const DECIDE_TICK_MS = 1e3;
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
            await (0, src_cluster.m)(cluster, vm, (0, src_cluster.gd)(config.timeoutMs, tuning.requests, hooks.signal));
            const leftMs = Math.max(0, started + config.timeoutMs - performance.now());
            hooks.log(`Created VirtualMachine ${vmKey} with containerDisk ${(0, src_cluster.j8)(vm).join(", ")}; waiting up to ${(0, 
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
            if (config.preset) return config.preset.vm(identity, config.image);
            return config.vmTemplate ? (0, src_cluster.uX)(config.vmTemplate, identity) : (0, 
            src_cluster.nV)(identity, config.image);
        }
        function sketchVm(config) {
            return vmOf(config, {
                name: config.vmName,
                namespace: "default",
                runId: "sketch"
            });
        }
        function verifyOptions(config, vm) {
            let expectedMessage = config.expectedMessage;
            if (!config.expectedMessageGiven) expectedMessage = (0, pattern.Kf)((0, src_cluster.j8)(vm));
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
        function logRun(number, of, verdict, hooks) {
            const seen = verdict.observedPath.join(" -> ") || "nothing";
            const cause = verdict.result === "passed" ? "" : ` (${(0, verify.i_)(verdict)})`;
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
            let stoppedBy;
            const run = async index => {
                try {
                    runs.push(await runAttempt(index + 1, context));
                } catch (error) {
                    stoppedBy ??= error instanceof Error ? error : new Error(String(error));
                }
                if (runs.length % REPEAT_PROGRESS_EVERY === 0 && stoppedBy === void 0) {
                    const failed = runs.filter(done => done.verdict.result !== "passed").length;
                    hooks.log(`… ${runs.length} of ${config.repeat} runs done, ${failed} not passed`);
                }
            };
            hooks.log(`Repeat mode: ${config.repeat} runs, ${Math.min(config.parallel, config.repeat)} at a time, one attempt each.`);
            await atOnce(config.repeat, config.parallel, run, () => stoppedBy !== void 0);
            attempts.push(...runs.sort((a, b) => a.number - b.number));
            if (stoppedBy !== void 0) throw stoppedBy;
        }
        async function requireRoomForRepeats(config, cluster, hooks) {
            const room = await (0, src_cluster.N_)(cluster, sketchVm(config));
            if ("unknown" in room) {
                hooks.warn(`Repeat mode: ${room.unknown}, so whether ${config.parallel} VMs fit at once is unknown; VMs that cannot be scheduled count as infrastructure failures.`);
                return;
            }
            (0, src_cluster.hr)(room, Math.min(config.parallel, config.repeat));
            hooks.log(`Room for ${room.fits} VMs at once (${(0, quantity.z)(room.perVmBytes)} each, ${(0, 
            quantity.z)(room.allocatableBytes)} allocatable); running ${Math.min(config.parallel, config.repeat)}.`);
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
        const WORST_FIRST = [ "failed", "inconclusive", "flaky", "passed" ];
        function worstResult(results) {
            return WORST_FIRST.find(result => results.includes(result)) ?? "passed";
        }
        function checksFor(checks, kubevirtVersion) {
            return checks.map((check, index) => {
                const vmName = `${check.vmName.slice(0, 46)}-c${index + 1}`;
                if (!check.preset || !check.pathFromPreset) return {
                    ...check,
                    vmName: vmName
                };
                const chosen = (0, presets.B2)(check.preset, kubevirtVersion);
                return {
                    ...check,
                    vmName: vmName,
                    expectedPath: chosen.path,
                    path: (0, verify.Rr)(chosen.path)
                };
            });
        }
        function pathSource(check, kubevirtVersion) {
            if (!check.preset) return "expected-path";
            if (!check.pathFromPreset) return `expected-path (preset ${check.preset.name})`;
            const chosen = (0, presets.B2)(check.preset, kubevirtVersion);
            const release = kubevirtVersion ? `, KubeVirt ${kubevirtVersion} found` : "";
            return `preset ${check.preset.name}, ${(0, presets.r6)(check.preset, chosen)}${release}`;
        }
        async function requireRoomForChecks(checks, parallel, cluster, hooks) {
            const needs = checks.filter(check => check.preset?.takesRoom !== false).map(check => ({
                name: check.checkName,
                bytes: (0, src_cluster.SQ)(sketchVm(check))
            })).sort((a, b) => b.bytes - a.bytes);
            const first = checks.find(check => check.preset?.takesRoom !== false);
            if (!first || needs.length === 0) return;
            const room = await (0, src_cluster.N_)(cluster, sketchVm(first));
            if ("unknown" in room) {
                hooks.warn(`Suite: ${room.unknown}, so whether ${parallel} checks fit at once is unknown; a check whose VM cannot be scheduled fails.`);
                return;
            }
            const atOnce = needs.slice(0, parallel);
            const total = atOnce.reduce((sum, need) => sum + need.bytes, 0);
            if (total > room.allocatableBytes) throw new Error(`parallel: the ${atOnce.length} largest checks at once (${atOnce.map(need => `'${need.name}' ${(0, 
            quantity.z)(need.bytes)}`).join(", ")}) need about ${(0, quantity.z)(total)} of memory with virt-launcher's overhead, but the schedulable nodes have ${(0, 
            quantity.z)(room.allocatableBytes)} allocatable in all. Set parallel lower, or free memory on the nodes.`);
            hooks.log(`Room for the checks: the ${atOnce.length} largest at once need ${(0, 
            quantity.z)(total)} of ${(0, quantity.z)(room.allocatableBytes)} allocatable.`);
        }
        function imageOf(check) {
            return (0, src_cluster.j8)(sketchVm(check))[0] ?? check.image;
        }
        function checkHooks(name, hooks) {
            const prefix = `[${name}] `;
            return {
                ...hooks,
                log: line => hooks.log(prefix + line),
                warn: line => hooks.warn(prefix + line),
                group: (title, work) => {
                    hooks.log(prefix + title);
                    return work();
                }
            };
        }
        async function runChecks(checks, parallel, shared, kubevirtVersion) {
            const {hooks: hooks} = shared;
            const results = [];
            const runOne = async index => {
                const check = checks[index];
                const context = {
                    ...shared,
                    config: check,
                    hooks: checkHooks(check.checkName, hooks)
                };
                const attempts = [];
                const started = performance.now();
                let error;
                try {
                    await runAttempts(context, attempts);
                } catch (thrown) {
                    if (thrown instanceof src_outcome.cc || hooks.signal?.aborted) throw thrown;
                    error = (0, errors.g)(thrown);
                    context.hooks.warn(`stopped: ${error}`);
                }
                const result = error ? "failed" : (0, verify.PL)(attempts.map(a => a.verdict));
                const durationMs = Math.round(performance.now() - started);
                context.hooks.log(`${result} in ${(0, duration.a3)(durationMs)}`);
                results[index] = {
                    name: check.checkName,
                    ...check.preset && {
                        preset: check.preset.name
                    },
                    expectedPath: check.expectedPath,
                    pathSource: pathSource(check, kubevirtVersion),
                    witness: check.witness,
                    image: imageOf(check),
                    attemptsAllowed: check.attempts,
                    outcome: {
                        result: result,
                        attempts: attempts,
                        durationMs: durationMs,
                        ...error && {
                            error: {
                                stage: "run",
                                message: error
                            }
                        }
                    }
                };
            };
            hooks.log(`Suite: ${checks.length} checks, ${Math.min(parallel, checks.length)} at a time, in ${shared.resources.namespace}.`);
            await atOnce(checks.length, parallel, runOne);
            return results;
        }
        var cleanup = __webpack_require__(72691);
        function stopped(stage, error, hooks, attempts = []) {
            if (error instanceof src_outcome.cc || hooks.signal?.aborted) return error;
            return new src_outcome.aP(stage, error, attempts);
        }
        async function runCheck(config, hooks, tuning = {}) {
            const started = performance.now();
            const setup = (0, src_cluster.gd)(tuning.preflightTimeoutMs ?? src_cluster.lA, tuning.requests, hooks.signal);
            const {cluster: cluster, findings: findings} = await checkCluster(config, hooks, setup).catch(async error => {
                throw await withDiagnostics(stopped("pre-flight", error, hooks), hooks, () => (0, 
                src_cluster.u3)(config.kubeconfig, process.env, config.audience));
            });
            if (findings.virtualization.schedulable === false) hooks.warn(`${findings.virtualization.why}. Enable emulation or use a node with /dev/kvm.`);
            if (config.repeat > 1) await requireRoomForRepeats(config, cluster, hooks).catch(error => {
                throw stopped("pre-flight", error, hooks);
            });
            const checks = config.checks && checksFor(config.checks, findings.kubevirtVersion);
            if (checks) await requireRoomForChecks(checks, config.parallel, cluster, hooks).catch(error => {
                throw stopped("pre-flight", error, hooks);
            });
            if (hooks.signal?.aborted) throw new src_outcome.cc;
            const runId = (0, src_cluster.F$)();
            const resources = {
                kubeconfig: config.kubeconfig,
                namespace: config.namespace ?? (0, src_cluster.S3)(runId),
                generatedNamespace: config.namespace === void 0,
                runId: runId
            };
            hooks.willCreate?.(resources);
            const attempts = [];
            let suite;
            let outcome;
            let failure;
            try {
                if (resources.generatedNamespace) {
                    await (0, src_cluster.YX)(cluster, resources.namespace, runId, setup);
                    hooks.log(`Created namespace ${resources.namespace}`);
                }
                const observer = await startObserver({
                    kubeConfig: cluster.kubeConfig,
                    namespace: resources.namespace,
                    labelSelector: `${src_cluster.jQ}=${runId}`,
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
                    if (checks) {
                        const shared = {
                            cluster: cluster,
                            observer: observer,
                            resources: resources,
                            hooks: hooks,
                            tuning: tuning
                        };
                        suite = await runChecks(checks, config.parallel, shared, findings.kubevirtVersion);
                    } else if (config.repeat > 1) await runRepeats(context, attempts); else await runAttempts(context, attempts);
                } finally {
                    await observer.stop();
                }
                const verdicts = attempts.map(attempt => attempt.verdict);
                const result = suite ? worstResult(suite.map(check => check.outcome.result)) : (0, 
                verify.PL)(verdicts);
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
                        repeat: (0, verify.UK)(verdicts)
                    },
                    ...suite && {
                        checks: suite
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
            src_cluster.gd)(tuning.cleanupTimeoutMs ?? cleanup.aE, tuning.requests));
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
                    labelSelector: resources ? `${src_cluster.jQ}=${resources.runId}` : void 0,
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
        async function checkCluster(config, hooks, within) {
            const cluster = (0, src_cluster.u3)(config.kubeconfig, process.env, config.audience);
            const findings = await hooks.group(`Pre-flight checks against ${cluster.server}`, async () => {
                const result = await (0, src_cluster.Mz)(cluster, {
                    namespace: config.namespace,
                    within: within,
                    audience: config.audience
                });
                logPreflight(result, hooks);
                return result;
            });
            if (config.checks) for (const check of config.checks) try {
                requireFeasible(check, findings);
            } catch (error) {
                throw new Error(`Check '${check.checkName}': ${(0, errors.g)(error)}`, {
                    cause: error
                });
            } else requireFeasible(config, findings);
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
    }
};
