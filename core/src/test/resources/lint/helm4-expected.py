#!/usr/bin/env python3
"""Derives Helm 4's expected `helm lint` output from the reference Helm 3.21's (the oracle's).

    helm4-expected.py EXPECTED_DIR CHARTS_DIR OUT_DIR

EXPECTED_DIR holds <case>[.strict].txt from generate-expected.sh (one chart per file, linted as
"charts/<case>"); CHARTS_DIR holds the charts. Each file is rewritten with the differences Helm 4's
lint rules (helm/helm pkg/chart/v2/lint/rules, v4) make, each applied where Helm 4 runs the rule:

  1. chartfile.go: Chart.yaml is read strictly as well; an unknown Metadata field (the first in sorted
     key order, as sigs.k8s.io/yaml hands Go's JSON decoder) is a WARNING right after the parse check.
  2. chartfile.go: a name that passes the base-name check but not ^[a-z0-9]([-a-z0-9]*[a-z0-9])?$ is an
     ERROR, after the strict warning.
  3. chartfile.go: a version that Masterminds' StrictNewVersion refuses is a WARNING, the last Chart.yaml rule.
  4. template.go: without a templates/ directory the rule stops with a WARNING "directory does not
     exist" (Helm 3.21 went on and reported chart loading and render errors at templates/).
  5. template.go: the Helm 2 leftover checks (crd-install hooks, .Release.Time) are gone.
  7. loader.LoadValues (4.2+): "cannot unmarshal yaml document: " after "cannot load values.yaml: "; the values
     rule names common.Values where Helm 3 named chartutil.Values.
  6. MANUAL: per-case lines from rules this script does not model (CRDs, .yml manifests), each
     written from Helm 4's source and checked by hand.
Then the closing line is recomputed (an ERROR fails a chart; with --strict a WARNING too).
"""
import os
import re
import sys

import yaml

METADATA = {"name", "home", "sources", "version", "description", "keywords", "maintainers", "icon",
            "apiversion", "condition", "tags", "appversion", "deprecated", "annotations", "kubeversion",
            "dependencies", "type"}
NESTED = {"maintainers": {"name", "email", "url"},
          "dependencies": {"name", "version", "repository", "condition", "tags", "enabled", "import-values",
                           "alias"}}
NAME = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
NUM = r"(0|[1-9]\d*)"
IDENT = r"(0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)"
STRICT_SEMVER = re.compile(r"^%s\.%s\.%s(-%s(\.%s)*)?(\+[0-9a-zA-Z-]+(\.[0-9a-zA-Z-]+)*)?$"
                           % (NUM, NUM, NUM, IDENT, IDENT))
DROPPED = ("manifest is a crd-install hook.", ".Release.Time has been removed in v3")

# Lines rule 6 adds: case -> [(rule group to append to, line)].
MANUAL = {
    # crds.go: every object in crds/ must be an apiextensions.k8s.io CustomResourceDefinition.
    "crd-not-checked": [("crds", "[ERROR] crds/a.yaml: apiVersion is not in 'apiextensions.k8s.io'"),
                        ("crds", "[ERROR] crds/a.yaml: object kind is not 'CustomResourceDefinition'")],
    # template.go: isYamlFileExtension takes .yml too, so the manifest checks run on templates/a.yml.
    "yml-not-checked": [("templates", "[WARNING] templates/a.yml: object name does not conform to Kubernetes "
                         "naming requirements: \"Bad_Name\": metadata.name: Invalid value: \"Bad_Name\": a DNS-1035 "
                         "label must consist of lower case alphanumeric characters or '-', start with an alphabetic "
                         "character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex "
                         "used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')")],
}


def go_string(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def unknown_field(doc):
    for key in sorted(doc, key=str):
        low = str(key).lower()
        if low not in METADATA:
            return str(key)
        if low in NESTED and isinstance(doc[key], list):
            for item in doc[key]:
                if isinstance(item, dict):
                    for k in sorted(item, key=str):
                        if str(k).lower() not in NESTED[low]:
                            return str(k)
    return None


def group_of(msg):
    path = msg.split("] ", 1)[1].split(": ", 1)[0] if "] " in msg else ""
    if path == "Chart.yaml":
        return "chartfile"
    if path == "values.yaml":
        return "values"
    if path.startswith("crds/"):
        return "crds"
    if path == "" or path.startswith("<"):
        return "dependencies"
    return "templates"


def parse(text):
    """The header line and the messages (a message runs until the next "[SEVERITY] " line)."""
    lines = text.split("\n")
    header = lines[0]
    body = lines[1:-3]  # then the blank line closing the chart, the summary and the final newline
    msgs = []
    for line in body:
        if re.match(r"^\[(UNKNOWN|INFO|WARNING|ERROR)\] ", line) or not msgs:
            msgs.append(line)
        else:
            msgs[-1] += "\n" + line
    return header, msgs


def rewrite(case, text, chart_dir):
    strict = case.endswith(".strict")
    name = case[:-len(".strict")] if strict else case
    header, msgs = parse(text)
    groups = {g: [] for g in ("chartfile", "values", "templates", "dependencies", "crds")}
    for m in msgs:
        if not any(d in m for d in DROPPED):
            groups[group_of(m)].append(m)
    chartfile = groups["chartfile"]
    if not any("unable to parse YAML" in m for m in chartfile):
        with open(os.path.join(chart_dir, "Chart.yaml")) as f:
            doc = yaml.safe_load(f) or {}
        added = []
        field = unknown_field(doc)
        if field is not None:
            added.append("[WARNING] Chart.yaml: failed to strictly parse chart metadata file\n\terror unmarshaling "
                         "JSON: while decoding JSON: json: unknown field \"%s\"" % field)
        cname = go_string(doc.get("name"))
        if cname and "/" not in cname and not NAME.match(cname):
            added.append("[ERROR] Chart.yaml: chart name \"%s\" is invalid; chart names must contain lowercase "
                         "letters, numbers, and dashes, and must start and end with a lowercase letter or number"
                         % cname)
        chartfile[0:0] = added
        version = go_string(doc.get("version"))
        if not STRICT_SEMVER.match(version):
            chartfile.append("[WARNING] Chart.yaml: version '%s' is not a valid SemVerV2" % version)
    if not os.path.isdir(os.path.join(chart_dir, "templates")):
        groups["templates"] = ["[WARNING] templates/: directory does not exist"]
    for group, line in MANUAL.get(name, []):
        groups[group].append(line)
    out = [m for g in groups.values() for m in g]
    floor = ("[WARNING]", "[ERROR]") if strict else ("[ERROR]",)
    failed = any(m.startswith(floor) for m in out)
    body = header + "\n" + "".join(m + "\n" for m in out) + "\n"
    # 7. pkg/chart/v2/loader LoadValues (4.2+) reads each document alone, its errors wrapped once more; the values
    #    rule's Go type is common.Values (checked against Helm 4.3.2's own lint, 2026-12-08)
    body = body.replace("cannot load values.yaml: ", "cannot load values.yaml: cannot unmarshal yaml document: ")
    body = body.replace("Go value of type chartutil.Values", "Go value of type common.Values")
    return body + ("Error: 1 chart(s) linted, 1 chart(s) failed\n" if failed
                   else "1 chart(s) linted, 0 chart(s) failed\n")


def main(expected_dir, charts_dir, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for fname in sorted(os.listdir(expected_dir)):
        if not fname.endswith(".txt"):
            continue
        case = fname[:-4]
        chart = case[:-len(".strict")] if case.endswith(".strict") else case
        with open(os.path.join(expected_dir, fname)) as f:
            text = f.read()
        with open(os.path.join(out_dir, fname), "w") as f:
            f.write(rewrite(case, text, os.path.join(charts_dir, chart)))


if __name__ == "__main__":
    main(*sys.argv[1:4])
